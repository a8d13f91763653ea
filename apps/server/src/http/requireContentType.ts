import type { RequestHandler } from "express";
import { HttpError } from "./HttpError.js";
import { mediaTypeOf } from "./mediaType.js";

/**
 * Answers 415 unless the request's Content-Type is one of `types`. A request with no body is
 * judged by its header alone, and the route's own validation then says what the body lacks.
 */
export function requireContentType(types: readonly string[]): RequestHandler {
  const list = types.join(", ");
  return (req, _res, next) => {
    const sent = req.headers["content-type"];
    // req.is() answers null for a request without a body, whatever it declares
    const accepted = req.is([...types]) ?? types.includes(mediaTypeOf(sent).type);
    if (accepted) return next();
    const message = sent
      ? `Content-Type ${sent} is not accepted here; send ${list}`
      : `The request has no Content-Type; send ${list}`;
    next(new HttpError("unsupported_media_type", message, [{ path: "(headers)", message }]));
  };
}
