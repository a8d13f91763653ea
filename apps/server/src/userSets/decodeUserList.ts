import type { ErrorIssue } from "@ringside/api-schema";
import { HttpError } from "../http/HttpError.js";
import { MAX_REPORTED_LINES } from "./parseUserList.js";

const strict = new TextDecoder("utf-8", { fatal: true });
const NEWLINE = 0x0a;
const NOT_UTF8 = "not UTF-8 text; save the list as UTF-8";

/**
 * The text of an uploaded user list. Bytes that are not UTF-8 are refused by line: decoding
 * them into U+FFFD would route a user OpenIM never sees, since Go hashes the raw bytes.
 */
export function decodeUserList(bytes: Uint8Array): string {
  try {
    return strict.decode(bytes);
  } catch {
    const bad = badLines(bytes);
    const where = bad[0] ? `${bad[0].path}: ` : "";
    throw new HttpError("bad_request", `Nothing was saved: ${where}${NOT_UTF8}`, bad);
  }
}

function badLines(bytes: Uint8Array): ErrorIssue[] {
  const issues: ErrorIssue[] = [];
  let start = 0;
  for (let line = 1; start <= bytes.length && issues.length < MAX_REPORTED_LINES; line++) {
    let end = bytes.indexOf(NEWLINE, start);
    if (end < 0) end = bytes.length;
    try {
      strict.decode(bytes.subarray(start, end));
    } catch {
      issues.push({ path: `line ${line}`, message: NOT_UTF8 });
    }
    start = end + 1;
  }
  return issues;
}
