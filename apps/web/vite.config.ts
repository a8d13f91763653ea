import react from "@vitejs/plugin-react";
import { defaultClientConditions, defineConfig } from "vite";

/** The API server the dev server forwards to; the built app is served by that server itself. */
const API_ORIGIN = "http://127.0.0.1:8080";

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  // Workspace packages resolve to their TypeScript sources, so no library build is needed.
  resolve: { conditions: ["ringside-source", ...defaultClientConditions] },
  build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 900 },
  server: { proxy: { "/api": API_ORIGIN } },
});
