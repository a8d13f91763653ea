import type { RequestHandler } from "express";
import { HttpError } from "./HttpError.js";

/** Answers 415 unless the request body is one of `types` (an empty body counts as none). */
export function requireContentType(types: readonly string[]): RequestHandler {
  const list = types.join(", ");
  return (req, _res, next) => {
    if (req.is([...types])) return next();
    const sent = req.headers["content-type"];
    const message = sent
      ? `Content-Type ${sent} is not accepted here; send ${list}`
      : `The request has no Content-Type; send ${list}`;
    next(new HttpError("unsupported_media_type", message, [{ path: "(headers)", message }]));
  };
}
