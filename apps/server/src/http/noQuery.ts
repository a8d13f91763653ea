import type { RequestHandler } from "express";
import { z } from "zod";
import { parseWith } from "./parseWith.js";

const EmptyQuerySchema = z.strictObject({});

/** For routes that take no query string: every parameter sent is named as an unknown field. */
export const noQuery: RequestHandler = (req, _res, next) => {
  parseWith(EmptyQuerySchema, req.query, "query");
  next();
};
