import {
  type Analysis,
  AnalysisRequestSchema,
  type Sweep,
  SweepRequestSchema,
  UserDetailRequestSchema,
} from "@ringside/api-schema";
import express, { type Router } from "express";
import { analyzeCluster, sweepCluster } from "../analysis/analyzeCluster.js";
import type { UserSource } from "../analysis/UserSource.js";
import { userDetail } from "../analysis/userDetail.js";
import { HttpError } from "../http/HttpError.js";
import { noQuery } from "../http/noQuery.js";
import { parseWith } from "../http/parseWith.js";
import { guarded } from "./guarded.js";

/** POST /analysis, /sweep and /users/route: routing answers, nothing stored. */
export function analysisRoutes(users: UserSource): Router {
  const router = express.Router();

  router.post("/analysis", noQuery, (req, res) => {
    const request = parseWith(AnalysisRequestSchema, req.body, "body");
    const keys = users.resolve(request.users);
    const body: Analysis = guarded(() =>
      analyzeCluster(request.cluster, keys, { page: request.page, sampleSize: request.sampleSize }),
    );
    res.json(body);
  });

  router.post("/sweep", noQuery, (req, res) => {
    const request = parseWith(SweepRequestSchema, req.body, "body");
    checkSweepBudget(request.from, request.to);
    const keys = users.resolve(request.users);
    const points = guarded(() => sweepCluster(request.cluster, keys, request));
    const body: Sweep = { scope: request.scope, points };
    res.json(body);
  });

  router.post("/users/route", noQuery, (req, res) => {
    const request = parseWith(UserDetailRequestSchema, req.body, "body");
    res.json(guarded(() => userDetail(request.cluster, request.userId)));
  });

  return router;
}

/**
 * Gateway replicas a sweep may add up over its points. A point costs time in proportion to its
 * replica count (about 0.4 ms per replica for a million users), so 1..64 (2,080) is quick while
 * 1..1024 would hold the server for a minute or more.
 */
export const MAX_SWEEP_REPLICA_SUM = 16_384;

function checkSweepBudget(from: number, to: number): void {
  const sum = ((from + to) * (to - from + 1)) / 2;
  if (sum <= MAX_SWEEP_REPLICA_SUM) return;
  const message =
    `a sweep from ${from} to ${to} adds up ${sum} replicas, more than ${MAX_SWEEP_REPLICA_SUM}; ` +
    "narrow it (1..64 adds up 2080)";
  throw new HttpError("bad_request", `The sweep is too large: ${message}`, [
    { path: "to", message },
  ]);
}
