import { z } from "zod";
import { OutcomeSchema } from "./analysis.js";
import { ClusterSchema } from "./cluster.js";
import { UsersSchema } from "./users.js";

/** Characters of one JSON-valued query parameter: a cluster or a users object. */
export const MAX_QUERY_JSON = 8 * 1024;

/** A query parameter holding JSON text, checked against `schema` once parsed. */
function jsonParam<S extends z.ZodType>(schema: S, what: string) {
  return z
    .string()
    .max(MAX_QUERY_JSON, `at most ${MAX_QUERY_JSON} characters of JSON`)
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: "custom", message: `must be ${what} as JSON text` });
        return z.NEVER;
      }
    })
    .pipe(schema);
}

/**
 * Query of `GET /api/v1/affected-users.csv`: the analysis's cluster and users as JSON text, so
 * that a plain link downloads the file.
 */
export const AffectedCsvQuerySchema = z.strictObject({
  cluster: jsonParam(ClusterSchema, "a cluster"),
  users: jsonParam(UsersSchema, "a users object"),
  /** Only users with this outcome; every user who is not delivered when absent. */
  outcome: OutcomeSchema.optional(),
});

export type AffectedCsvQuery = z.input<typeof AffectedCsvQuerySchema>;

/** Columns of the affected-users CSV, in order. */
export const AFFECTED_CSV_COLUMNS = [
  "userID",
  "outcome",
  "connectionPod",
  "deliveryPod",
  "hash",
] as const;
