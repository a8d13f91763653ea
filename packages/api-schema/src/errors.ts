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
 * `users.ids[3]`; the root is `(body)`. Messages say what to change ("required", "must be at
 * least 1"), and a union that no option matches names the option the input was meant for.
 */
export function issuesOf(error: z.ZodError, root = "(body)"): ErrorIssue[] {
  return error.issues.flatMap((issue) => readable(issue, [], root));
}

function readable(issue: z.core.$ZodIssue, base: PropertyKey[], root: string): ErrorIssue[] {
  const path = [...base, ...issue.path];
  switch (issue.code) {
    case "unrecognized_keys":
      // an unknown field is named at its own path, so the user sees which one to remove
      return issue.keys.map((key) => ({
        path: formatPath([...path, key], root),
        message: `unknown field "${key}"`,
      }));
    case "invalid_union": {
      const meant = issue.errors.filter(isMeantOption);
      if (meant.length === 1) return (meant[0] ?? []).flatMap((i) => readable(i, path, root));
      return [{ path: formatPath(path, root), message: issue.message }];
    }
    default:
      return [{ path: formatPath(path, root), message: messageOf(issue) }];
  }
}

// The option the input was written for: it knows every field given, and the value is an object.
function isMeantOption(issues: z.core.$ZodIssue[]): boolean {
  return !issues.some(
    (i) => i.path.length === 0 && (i.code === "unrecognized_keys" || i.code === "invalid_type"),
  );
}

// zod's own wording for the common cases, turned into what to change
function messageOf(issue: z.core.$ZodIssue): string {
  const custom = !/^(Invalid input|Too small|Too big)/.test(issue.message);
  if (custom) return issue.message;
  if (issue.code === "invalid_type") {
    return issue.message.endsWith("received undefined")
      ? "required"
      : issue.message.replace(/^Invalid input: /, "");
  }
  if (issue.code === "too_small" || issue.code === "too_big") {
    const least = issue.code === "too_small";
    const bound = least ? issue.minimum : issue.maximum;
    const exclusive = issue.inclusive === false;
    const word = least
      ? exclusive
        ? "more than"
        : "at least"
      : exclusive
        ? "less than"
        : "at most";
    if (issue.origin === "string") return `must have ${word} ${bound} characters`;
    if (issue.origin === "array") return `must list ${word} ${bound} items`;
    return `must be ${word} ${bound}`;
  }
  return issue.message;
}

function formatPath(path: readonly PropertyKey[], root: string): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? String(part) : `.${String(part)}`;
  }
  return out === "" ? root : out;
}
