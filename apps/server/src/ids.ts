import { randomBytes } from "node:crypto";

/** A short random URL-safe id: 10 base64url characters, 60 bits. */
export function newId(): string {
  return randomBytes(8).toString("base64url").slice(0, 10);
}
