import { type ErrorIssue, LIMITS } from "@ringside/api-schema";
import Papa from "papaparse";
import { HttpError } from "../http/HttpError.js";

/** A parsed upload: distinct IDs in first-seen order, and what was set aside. */
export interface UserList {
  ids: string[];
  duplicates: number;
  blankLines: number;
}

/** Bad lines named in one answer; more are only counted. */
export const MAX_REPORTED_LINES = 20;

/** The column a CSV upload must have (matched without case). */
export const USER_ID_COLUMN = "userID";

// Whitespace or control characters inside an ID mean the line holds something else.
const UNEXPECTED = /[\s\p{Cc}]/u;

class ListBuilder {
  readonly ids: string[] = [];
  readonly #seen = new Set<string>();
  readonly bad: ErrorIssue[] = [];
  badLines = 0;
  duplicates = 0;
  blankLines = 0;

  add(raw: string, line: number): void {
    const id = raw.trim();
    if (id === "") {
      this.blankLines++;
      return;
    }
    const problem =
      id.length > LIMITS.maxUserIdLength
        ? `the ID has ${id.length} characters, more than ${LIMITS.maxUserIdLength}`
        : UNEXPECTED.test(id)
          ? "the ID contains spaces or control characters; put one ID per line"
          : undefined;
    if (problem) {
      this.reject(line, problem);
      return;
    }
    if (this.#seen.has(id)) {
      this.duplicates++;
      return;
    }
    this.#seen.add(id);
    this.ids.push(id);
  }

  reject(line: number, message: string): void {
    this.badLines++;
    if (this.bad.length < MAX_REPORTED_LINES) this.bad.push({ path: `line ${line}`, message });
  }

  finish(): UserList {
    if (this.badLines > 0) {
      const first = this.bad[0] as ErrorIssue;
      const more = this.badLines > 1 ? ` and ${this.badLines - 1} more bad lines` : "";
      throw new HttpError(
        "bad_request",
        `Nothing was saved: ${first.path}: ${first.message}${more}`,
        this.bad,
      );
    }
    if (this.ids.length === 0) {
      const message = "The upload holds no user IDs";
      throw new HttpError("bad_request", message, [{ path: "(body)", message }]);
    }
    if (this.ids.length > LIMITS.maxUsers) {
      const message =
        `The upload holds ${this.ids.length} distinct IDs, more than ${LIMITS.maxUsers}; ` +
        "split it into several sets";
      throw new HttpError("bad_request", message, [{ path: "(body)", message }]);
    }
    return { ids: this.ids, duplicates: this.duplicates, blankLines: this.blankLines };
  }
}

/** Where a CSV header names the `userID` column, matched without case; -1 when it does not. */
function userIdColumn(header: string[]): number {
  const wanted = USER_ID_COLUMN.toLowerCase();
  return header.findIndex((name) => name.trim().toLowerCase() === wanted);
}

/** Whether the first line of the text is a CSV header with a `userID` column. */
export function startsWithCsvHeader(text: string): boolean {
  // Only the first line is read: Papa would look through the whole text for its newline.
  const end = text.indexOf("\n");
  const line = end < 0 ? text : text.slice(0, end);
  const header = Papa.parse<string[]>(line, { preview: 1 }).data[0] ?? [];
  return userIdColumn(header) >= 0;
}

/**
 * A user list in either format: CSV when the sender declares it (`csv`, from a `.csv` name or a
 * `text/csv` type) or when its first line is a CSV header with a `userID` column; otherwise one
 * ID per line.
 */
export function parseUserList(text: string, declared: { csv?: boolean } = {}): UserList {
  return declared.csv || startsWithCsvHeader(text) ? parseCsvList(text) : parsePlainList(text);
}

/** One user ID per line; a final newline is not a blank line. */
export function parsePlainList(text: string): UserList {
  const list = new ListBuilder();
  const lines = text.split(/\r?\n/);
  if (lines.at(-1) === "") lines.pop();
  lines.forEach((line, i) => {
    list.add(line, i + 1);
  });
  return list.finish();
}

/**
 * CSV with a header row holding a `userID` column; other columns are ignored.
 *
 * Not yet: a bad line is numbered by CSV row, so a quoted field with embedded newlines shifts
 * the numbers after it (matters only for CSV exports with multi-line cells).
 */
export function parseCsvList(text: string): UserList {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
  const rows = parsed.data;
  if (rows.at(-1)?.length === 1 && rows.at(-1)?.[0] === "") rows.pop();
  const header = rows[0] ?? [];
  const column = userIdColumn(header);
  if (column < 0) {
    const message = `line 1: the CSV header has no ${USER_ID_COLUMN} column (found: ${header
      .map((h) => h.trim())
      .join(", ")
      .slice(0, 200)})`;
    throw new HttpError("bad_request", `Nothing was saved: ${message}`, [
      { path: "line 1", message: `no ${USER_ID_COLUMN} column in the header` },
    ]);
  }

  const list = new ListBuilder();
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r] as string[];
    const cell = row[column]?.trim() ?? "";
    if (cell === "" && row.some((other) => other.trim() !== "")) {
      list.reject(r + 1, `the ${USER_ID_COLUMN} cell is empty`);
    } else {
      list.add(cell, r + 1);
    }
  }
  return list.finish();
}
