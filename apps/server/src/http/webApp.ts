import { existsSync } from "node:fs";
import { join } from "node:path";
import express, { type Router } from "express";

const NOT_BUILT =
  "Ringside's dashboard is not built yet.\n\n" +
  "Run `npm run build` at the repository root, then restart the server.\n" +
  "The API is up meanwhile: see /api/docs.\n";

/**
 * Serves the built web app: its files as they are, and index.html for any other GET outside
 * /api, since the app routes /, /s/<id>, /embed and the rest itself.
 */
export function webApp(webDir: string): Router {
  const router = express.Router();
  const index = join(webDir, "index.html");

  router.use(
    express.static(webDir, {
      index: false,
      setHeaders: (res, path) => {
        // Vite names built assets by content hash, so they never change under one name.
        if (path.includes(`${join(webDir, "assets")}`)) {
          res.setHeader("Cache-Control", "public, max-age=31536000, immutable");
        }
      },
    }),
  );
  router.use((req, res, next) => {
    if ((req.method !== "GET" && req.method !== "HEAD") || req.path.startsWith("/api")) {
      return next();
    }
    if (!existsSync(index)) {
      res.status(503).type("text/plain").send(NOT_BUILT);
      return;
    }
    res.setHeader("Cache-Control", "no-cache");
    res.sendFile(index);
  });
  return router;
}
