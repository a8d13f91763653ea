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

/** A sentence for the user: the message and each failing path it does not already say. */
export function describeError(error: unknown): string {
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : String(error);
  const details = error.issues
    .filter((issue) => !saidIn(error.message, issue))
    // an issue that is the message itself adds only where it is
    .map((issue) =>
      issue.message === error.message ? `at ${issue.path}` : `${issue.path}: ${issue.message}`,
    );
  return [error.message, ...details].join(" · ");
}

// The server's message often names its first issue, or is it, placed at "(body)" or "(url)".
function saidIn(message: string, issue: ErrorIssue): boolean {
  if (message.includes(`${issue.path}: ${issue.message}`)) return true;
  return issue.path.startsWith("(") && message.includes(issue.message);
}
