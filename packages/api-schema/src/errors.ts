import { z } from "zod";

export const ErrorCodeSchema = z.enum([
  "bad_request",
  "not_found",
  "payload_too_large",
  "unsupported_media_type",
  "rate_limited",
  "internal",
]);

/** Every error the API answers, whatever the route. */
export const ErrorBodySchema = z
  .object({
    error: z.object({
      code: ErrorCodeSchema,
      message: z.string(),
      issues: z.array(z.object({ path: z.string(), message: z.string() })),
    }),
  })
  .meta({ id: "Error" });

export type ErrorBody = z.infer<typeof ErrorBodySchema>;
export type ErrorIssue = ErrorBody["error"]["issues"][number];

/**
 * zod issues as `{ path, message }` with a readable path: `cluster.gateway.replicas`,
 * `users.ids[3]`; the root is `(body)`.
 */
export function issuesOf(error: z.ZodError, root = "(body)"): ErrorIssue[] {
  return error.issues.map((issue) => ({
    path: formatPath(issue.path, root),
    message: issue.message,
  }));
}

function formatPath(path: readonly PropertyKey[], root: string): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? String(part) : `.${String(part)}`;
  }
  return out === "" ? root : out;
}
