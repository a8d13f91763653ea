import {
  ImportQuerySchema,
  type ImportResult,
  LIMITS,
  type PresetItem,
} from "@ringside/api-schema";
import { PRESETS } from "@ringside/openim";
import express, { type Router } from "express";
import { noQuery } from "../http/noQuery.js";
import { parseWith } from "../http/parseWith.js";
import { requireContentType } from "../http/requireContentType.js";
import { importCluster } from "../importing/importCluster.js";

/** Pasted manifests arrive as text whatever they are; the importer tells YAML from JSON. */
export const MANIFEST_TYPES = [
  "text/plain",
  "application/yaml",
  "application/x-yaml",
  "text/yaml",
  "application/json",
];

/** POST /cluster/import and GET /presets: where a cluster comes from. */
export function clusterRoutes(): Router {
  const router = express.Router();

  router.post(
    "/cluster/import",
    requireContentType(MANIFEST_TYPES),
    express.text({ type: MANIFEST_TYPES, limit: LIMITS.maxManifestBytes }),
    (req, res) => {
      const query = parseWith(ImportQuerySchema, req.query, "query");
      const text = typeof req.body === "string" ? req.body : "";
      const body: ImportResult = importCluster(text, query);
      res.json(body);
    },
  );

  router.get("/presets", noQuery, (_req, res) => {
    const body: PresetItem[] = PRESETS.map(({ id, title, explanation, cluster }) => ({
      id,
      title,
      explanation,
      cluster,
    }));
    res.json(body);
  });

  return router;
}
