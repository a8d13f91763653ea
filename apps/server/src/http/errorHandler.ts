import type { ErrorBody } from "@ringside/api-schema";
import type { ErrorRequestHandler, RequestHandler } from "express";
import { HttpError } from "./HttpError.js";

/** The errors body-parser raises, by its `type`, as errors a user can act on. */
function fromBodyParser(error: { type?: unknown; limit?: unknown; message?: unknown }) {
  switch (error.type) {
    case "entity.parse.failed": {
      const message = `The body is not valid JSON: ${String(error.message)}`;
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
      return undefined;
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
