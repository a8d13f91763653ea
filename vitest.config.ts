import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["ringside-source"] },
  ssr: { resolve: { conditions: ["ringside-source"] } },
  test: {
    include: ["packages/*/test/**/*.test.ts", "apps/*/test/**/*.test.ts"],
    environment: "node",
    testTimeout: 20_000,
  },
});
