import type { ErrorIssue } from "@ringside/api-schema";

/** Every failure the dashboard gets from the API, whether the server or the network said it. */
export class ApiError extends Error {
  override readonly name = "ApiError";

  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
    readonly issues: readonly ErrorIssue[] = [],
  ) {
    super(message);
  }
}

/** A sentence for the user: the message and each failing path. */
export function describeError(error: unknown): string {
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : String(error);
  const details = error.issues.map((issue) => `${issue.path}: ${issue.message}`);
  return [error.message, ...details].join(" · ");
}
