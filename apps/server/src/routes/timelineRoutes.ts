import { TimelineRequestSchema, type TimelineResponse } from "@ringside/api-schema";
import { timelineComparison } from "@ringside/openim";
import express, { type Router } from "express";
import type { UserSource } from "../analysis/UserSource.js";
import { noQuery } from "../http/noQuery.js";
import { parseWith } from "../http/parseWith.js";
import { guarded } from "./guarded.js";

/** POST /timeline: a replica change played out over time, for both proxy host formats. */
export function timelineRoutes(users: UserSource): Router {
  const router = express.Router();

  router.post("/timeline", noQuery, (req, res) => {
    const request = parseWith(TimelineRequestSchema, req.body, "body");
    const { keys } = users.resolve(request.users);
    const body: TimelineResponse = guarded(() => timelineComparison({ ...request, keys }));
    res.json(body);
  });

  return router;
}
