import { issuesOf } from "@ringside/api-schema";
import type { z } from "zod";
import { HttpError } from "./HttpError.js";

const WHAT = {
  body: "The request body",
  query: "The query string",
  params: "The URL",
} as const;

/** Validates one part of a request; a failure answers 400 naming every failing path. */
export function parseWith<S extends z.ZodType>(
  schema: S,
  value: unknown,
  part: keyof typeof WHAT,
): z.output<S> {
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  const issues = issuesOf(result.error, `(${part})`);
  const first = issues[0];
  const detail = first ? `: ${first.path}: ${first.message}` : "";
  throw new HttpError("bad_request", `${WHAT[part]} is not valid${detail}`, issues);
}
