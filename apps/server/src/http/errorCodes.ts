import type { ErrorBody } from "@ringside/api-schema";

export type ErrorCode = ErrorBody["error"]["code"];

const STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  not_found: 404,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
};

/** The HTTP status each error code is answered with. */
export function statusOf(code: ErrorCode): number {
  return STATUS[code];
}
