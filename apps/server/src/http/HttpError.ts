import type { ErrorIssue } from "@ringside/api-schema";
import { type ErrorCode, statusOf } from "./errorCodes.js";

/** The one error type of the API: thrown anywhere, answered by the final error handler. */
export class HttpError extends Error {
  override readonly name = "HttpError";
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues: ErrorIssue[] = [],
  ) {
    super(message);
    this.status = statusOf(code);
  }
}
