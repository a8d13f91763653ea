import type { ErrorBody } from "@ringside/api-schema";
import type { ErrorRequestHandler, RequestHandler } from "express";
import { HttpError } from "./HttpError.js";

/** The errors body-parser raises, by its `type`, as errors a user can act on. */
function fromBodyParser(error: {
  type?: unknown;
  limit?: unknown;
  message?: unknown;
  status?: unknown;
  expose?: unknown;
  body?: unknown;
}) {
  switch (error.type) {
    case "entity.parse.failed": {
      const message = parsesAsJson(error.body)
        ? "The body must be a JSON object"
        : `The body is not valid JSON: ${String(error.message)}`;
      return new HttpError("bad_request", message, [{ path: "(body)", message }]);
    }
    case "entity.too.large": {
      const message = `The body is larger than the ${String(error.limit)} bytes this route accepts`;
      return new HttpError("payload_too_large", message, [{ path: "(body)", message }]);
    }
    case "encoding.unsupported":
    case "charset.unsupported": {
      const message = "Send the body as UTF-8 with no content encoding";
      return new HttpError("unsupported_media_type", message, [{ path: "(headers)", message }]);
    }
    case "request.aborted":
    case "request.size.invalid":
    case "stream.encoding.set": {
      const message = "The body was cut short or did not match its Content-Length";
      return new HttpError("bad_request", message, [{ path: "(body)", message }]);
    }
    default:
      return fromClientError(error);
  }
}

/**
 * Other errors the libraries mark as the client's (a 4xx `status`): a malformed percent-encoding
 * in the URL, a compressed body that does not inflate.
 */
function fromClientError(error: { status?: unknown; expose?: unknown; message?: unknown }) {
  const status = error.status;
  if (typeof status !== "number" || status < 400 || status >= 500) return undefined;
  if (error instanceof URIError) {
    const message = `The URL holds a malformed percent-encoding: ${String(error.message)}`;
    return new HttpError("bad_request", message, [{ path: "(url)", message }]);
  }
  if (error.expose !== true) return undefined;
  const message = `The body could not be read: ${String(error.message)}`;
  const code =
    status === 413
      ? "payload_too_large"
      : status === 415
        ? "unsupported_media_type"
        : "bad_request";
  return new HttpError(code, message, [{ path: "(body)", message }]);
}

// body-parser accepts only objects and arrays; a bare `null` or `5` is JSON all the same
function parsesAsJson(body: unknown): boolean {
  if (typeof body !== "string") return false;
  try {
    JSON.parse(body);
    return true;
  } catch {
    return false;
  }
}

/** Answers 404 for any route under /api that does not exist. */
export const apiNotFound: RequestHandler = (req, _res, next) => {
  const message = `No route ${req.method} ${req.originalUrl.split("?")[0]}; see /api/docs`;
  next(new HttpError("not_found", message, [{ path: "(url)", message }]));
};

/**
 * The final error handler: every failure leaves as the API's error body. Unknown errors are
 * logged with the request id and answered with a generic 500, never with their stack.
 */
export const errorHandler: ErrorRequestHandler = (error, req, res, _next) => {
  const known =
    error instanceof HttpError
      ? error
      : typeof error === "object" && error !== null
        ? fromBodyParser(error)
        : undefined;
  const failure =
    known ??
    new HttpError("internal", `Something went wrong on the server (request ${String(req.id)})`);
  if (!known) req.log.error({ err: error }, "unhandled error");
  else if (failure.status >= 500) req.log.error({ err: error }, failure.message);

  if (res.headersSent) {
    res.destroy();
    return;
  }
  const body: ErrorBody = {
    error: { code: failure.code, message: failure.message, issues: failure.issues },
  };
  res.status(failure.status).json(body);
};
