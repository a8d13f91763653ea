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
  return error.issues.flatMap((issue) =>
    // an unknown field is named at its own path, so the user sees which one to remove
    issue.code === "unrecognized_keys"
      ? issue.keys.map((key) => ({
          path: formatPath([...issue.path, key], root),
          message: `unknown field "${key}"`,
        }))
      : [{ path: formatPath(issue.path, root), message: issue.message }],
  );
}

function formatPath(path: readonly PropertyKey[], root: string): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? String(part) : `.${String(part)}`;
  }
  return out === "" ? root : out;
}
