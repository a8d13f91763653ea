import type { RequestHandler } from "express";
import { rateLimit } from "express-rate-limit";
import { HttpError } from "./HttpError.js";

/** Writes per client per window: requests that compute, and requests that store. */
export interface WriteLimits {
  windowMs: number;
  /** POSTs that only compute (analysis, sweep, import, one user's route). */
  compute: number;
  /** POSTs that store (uploads, scenarios). */
  store: number;
}

/** Generous enough for a dashboard slider, tight enough to stop a loop of uploads. */
export const DEFAULT_WRITE_LIMITS: WriteLimits = { windowMs: 60_000, compute: 1200, store: 120 };

const WRITE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * A per-client limit on write methods; reads pass untouched.
 *
 * Not yet: clients are told apart by the socket's address, since `trust proxy` is not set
 * (matters behind a reverse proxy, where every client would share one budget).
 */
export function writeLimiter(windowMs: number, limit: number): RequestHandler {
  return rateLimit({
    windowMs,
    limit,
    standardHeaders: "draft-8",
    legacyHeaders: false,
    skip: (req) => !WRITE_METHODS.has(req.method),
    handler: (_req, _res, next, options) => {
      const seconds = Math.ceil(options.windowMs / 1000);
      const message = `Too many requests: at most ${options.limit} every ${seconds} s; retry later`;
      next(new HttpError("rate_limited", message, [{ path: "(request)", message }]));
    },
  });
}
