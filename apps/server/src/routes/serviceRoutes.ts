import type { Health } from "@ringside/api-schema";
import express, { type Router } from "express";
import { noQuery } from "../http/noQuery.js";
import { docsPage } from "../openapi/docsPage.js";
import { openApiDocument } from "../openapi/openApiDocument.js";
import type { Store } from "../store/Store.js";
import { VERSION } from "../version.js";

/** GET /api/health, /api/v1/openapi.json and /api/docs. */
export function serviceRoutes(store: Store): Router {
  const router = express.Router();
  const started = Date.now();
  // Built once: the schemas do not change while the server runs.
  const document = openApiDocument(VERSION);
  const page = docsPage(document);

  router.get("/health", noQuery, (_req, res) => {
    store.ping();
    const body: Health = {
      status: "ok",
      version: VERSION,
      uptimeSeconds: Math.round((Date.now() - started) / 1000),
    };
    res.json(body);
  });
  router.get("/v1/openapi.json", noQuery, (_req, res) => {
    res.json(document);
  });
  router.get("/docs", noQuery, (_req, res) => {
    res.type("html").send(page);
  });
  return router;
}
