import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Scenario, UserSet } from "@ringside/api-schema";
import Database from "better-sqlite3";

/** A user set as stored: its IDs in set order and the CRC-32 of each, hashed once at upload. */
export interface StoredUserSet {
  meta: UserSet;
  ids: string[];
  hashes: Uint32Array;
}

/** A new user set, before it has an id. */
export type NewUserSet = Omit<StoredUserSet, "meta"> & {
  meta: Omit<UserSet, "id" | "createdAt">;
};

const SCHEMA = `
CREATE TABLE IF NOT EXISTS user_sets (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  count INTEGER NOT NULL,
  duplicates INTEGER NOT NULL,
  blank_lines INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  ids TEXT NOT NULL,
  hashes BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS scenarios (
  id TEXT PRIMARY KEY,
  body TEXT NOT NULL,
  created_at TEXT NOT NULL
);
`;

interface UserSetRow {
  id: string;
  name: string;
  count: number;
  duplicates: number;
  blank_lines: number;
  created_at: string;
}

/**
 * Uploaded user sets and saved scenarios in SQLite. WAL with synchronous=FULL: once a save has
 * returned, it survives the process being killed.
 */
export class Store {
  readonly #db: Database.Database;

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.#db = new Database(join(dataDir, "ringside.db"));
    this.#db.pragma("journal_mode = WAL");
    this.#db.pragma("synchronous = FULL");
    this.#db.pragma("busy_timeout = 5000");
    this.#db.exec(SCHEMA);
  }

  /** Saves a user set in one transaction: all of it or nothing. */
  addUserSet(id: string, set: NewUserSet): UserSet {
    const meta: UserSet = { id, ...set.meta, createdAt: new Date().toISOString() };
    const hashes = Buffer.alloc(set.hashes.length * 4);
    for (let i = 0; i < set.hashes.length; i++)
      hashes.writeUInt32LE(set.hashes[i] as number, i * 4);
    const insert = this.#db.prepare(
      `INSERT INTO user_sets (id, name, count, duplicates, blank_lines, created_at, ids, hashes)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.#db.transaction(() => {
      insert.run(
        id,
        meta.name,
        meta.count,
        meta.duplicates,
        meta.blankLines,
        meta.createdAt,
        set.ids.join("\n"),
        hashes,
      );
    })();
    return meta;
  }

  /** A set's description, without its IDs; undefined when there is none with this id. */
  userSetMeta(id: string): UserSet | undefined {
    const row = this.#db
      .prepare(
        "SELECT id, name, count, duplicates, blank_lines, created_at FROM user_sets WHERE id = ?",
      )
      .get(id) as UserSetRow | undefined;
    return row && metaOf(row);
  }

  /** A whole set with its IDs and stored hashes. */
  userSet(id: string): StoredUserSet | undefined {
    const row = this.#db.prepare("SELECT * FROM user_sets WHERE id = ?").get(id) as
      | (UserSetRow & { ids: string; hashes: Buffer })
      | undefined;
    if (!row) return undefined;
    const hashes = new Uint32Array(row.count);
    for (let i = 0; i < row.count; i++) hashes[i] = row.hashes.readUInt32LE(i * 4);
    return { meta: metaOf(row), ids: row.ids.split("\n"), hashes };
  }

  addScenario(scenario: Scenario): void {
    this.#db
      .prepare("INSERT INTO scenarios (id, body, created_at) VALUES (?, ?, ?)")
      .run(scenario.id, JSON.stringify(scenario), scenario.createdAt);
  }

  /** The scenario as saved, unparsed: the caller validates it. */
  scenario(id: string): unknown {
    const row = this.#db.prepare("SELECT body FROM scenarios WHERE id = ?").get(id) as
      | { body: string }
      | undefined;
    return row && JSON.parse(row.body);
  }

  /** Whether the database answers a trivial query. */
  ping(): boolean {
    return this.#db.prepare("SELECT 1 AS one").get() !== undefined;
  }

  close(): void {
    if (this.#db.open) this.#db.close();
  }
}

function metaOf(row: UserSetRow): UserSet {
  return {
    id: row.id,
    name: row.name,
    count: row.count,
    duplicates: row.duplicates,
    blankLines: row.blank_lines,
    createdAt: row.created_at,
  };
}
