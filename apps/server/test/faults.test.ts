import { mkdtempSync, rmSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  ErrorBodySchema,
  LIMITS,
  type Scenario,
  ScenarioSchema,
  type UserSet,
  UserSetSchema,
} from "@ringside/api-schema";
import { openimInstall } from "@ringside/openim";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, type RunningServer, startServer } from "./builtServer.js";

const dataDir = mkdtempSync(join(tmpdir(), "ringside-faults-"));
beforeAll(() => ensureBuilt(), 120_000);
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Saves in flight at once during the burst, the most sent, and how many acks before the kill. */
const IN_FLIGHT = 8;
const MAX_SAVES = 100;
const KILL_AFTER_ACKS = 30;
/** Every upload in the burst holds this many IDs: a transaction big enough to be cut short. */
const UPLOAD_IDS = 20_000;

async function stop(server: RunningServer): Promise<void> {
  if (server.process.exitCode === null && server.process.signalCode === null) {
    server.process.kill("SIGTERM");
  }
  await server.exited;
}

function scenarioBody(n: number): string {
  return JSON.stringify({
    title: `save ${n}`,
    cluster: openimInstall({ replicas: 1 + (n % 12) }),
    users: { synthetic: { count: 1000 + n, seed: n } },
    view: { replicas: 1 + (n % 12), n },
  });
}

function uploadBody(n: number): string {
  return Array.from({ length: UPLOAD_IDS }, (_, i) =>
    String(4_000_000_000 + n * UPLOAD_IDS + i),
  ).join("\n");
}

/** What the database holds, read after the server has stopped. */
function inspectDatabase(dir: string) {
  const db = new Database(join(dir, "ringside.db"), { readonly: true, fileMustExist: true });
  try {
    const integrity = db.pragma("integrity_check", { simple: true });
    const scenarios = db.prepare("SELECT COUNT(*) AS n FROM scenarios").get() as { n: number };
    const sets = db.prepare("SELECT id, count, length(hashes) AS bytes FROM user_sets").all() as {
      id: string;
      count: number;
      bytes: number;
    }[];
    return { integrity, scenarios: scenarios.n, sets };
  } finally {
    db.close();
  }
}

describe("the built server under faults", () => {
  it("should keep every acknowledged save intact when killed with SIGKILL mid-burst", async () => {
    const dir = join(dataDir, "burst");
    const first = await startServer(dir);
    const scenarios: Scenario[] = [];
    const sets: { set: UserSet; first: string }[] = [];
    let sent = 0;
    let killed = false;

    // Workers keep IN_FLIGHT saves going; the server is killed once enough were acknowledged,
    // with the rest still in flight.
    const save = async (n: number) => {
      const upload = n % 5 === 4;
      const res = await fetch(`${first.url}/api/v1/${upload ? "user-sets" : "scenarios"}`, {
        method: "POST",
        headers: { "content-type": upload ? "text/plain" : "application/json" },
        body: upload ? uploadBody(n) : scenarioBody(n),
      });
      const body = await res.json();
      if (res.status !== 201) throw new Error(`save ${n} answered ${res.status}`);
      if (upload)
        sets.push({ set: UserSetSchema.parse(body), first: String(4e9 + n * UPLOAD_IDS) });
      else scenarios.push(ScenarioSchema.parse(body));
      if (!killed && scenarios.length + sets.length >= KILL_AFTER_ACKS) {
        killed = true;
        first.process.kill("SIGKILL");
      }
    };
    const worker = async () => {
      while (!killed && sent < MAX_SAVES) {
        await save(sent++).catch((error: unknown) => {
          if (!killed) throw error;
        });
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
    expect(killed).toBe(true);
    expect((await first.exited).signal).toBe("SIGKILL");
    expect(sets.length).toBeGreaterThan(0);
    // Saves were still in flight at the kill: started, never acknowledged.
    expect(sent).toBeGreaterThan(scenarios.length + sets.length);

    // Same data directory: every save that was answered 201 reads back exactly as answered.
    const second = await startServer(dir);
    try {
      for (const scenario of scenarios) {
        const res = await fetch(`${second.url}/api/v1/scenarios/${scenario.id}`);
        expect(res.status).toBe(200);
        expect(await res.json()).toEqual(scenario);
      }
      for (const { set } of sets) {
        const res = await fetch(`${second.url}/api/v1/user-sets/${set.id}`);
        expect(await res.json()).toEqual(set);
      }
      // An uploaded set still routes: its IDs and hashes came back whole.
      const { set } = sets[0] as { set: UserSet };
      const analysis = await fetch(`${second.url}/api/v1/analysis`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ cluster: openimInstall(), users: { setId: set.id } }),
      });
      expect(analysis.status).toBe(200);
      expect((await analysis.json()).summary.users).toBe(UPLOAD_IDS);
    } finally {
      await stop(second);
    }

    const db = inspectDatabase(dir);
    expect(db.integrity).toBe("ok");
    expect(db.scenarios).toBeGreaterThanOrEqual(scenarios.length);
    // A set is there whole or not at all: its hashes match its count.
    for (const row of db.sets) expect(row.bytes).toBe(row.count * 4);
  }, 60_000);

  it("should answer 413 just over the upload limit, stay healthy and save nothing", async () => {
    const dir = join(dataDir, "full");
    const server = await startServer(dir);
    try {
      const oversized = Buffer.alloc(LIMITS.maxUploadBytes + 1, "1\n");
      const answer = await rawPost(`${server.url}/api/v1/user-sets`, oversized, "text/plain");
      expect(answer.status).toBe(413);
      const { error } = ErrorBodySchema.parse(JSON.parse(answer.text));
      expect(error.code).toBe("payload_too_large");
      expect(error.message).toContain(String(LIMITS.maxUploadBytes));

      const health = await fetch(`${server.url}/api/health`);
      expect(health.status).toBe(200);
      const small = await fetch(`${server.url}/api/v1/user-sets`, {
        method: "POST",
        headers: { "content-type": "text/plain" },
        body: "4950983283\nimAdmin\n",
      });
      expect(small.status).toBe(201);
    } finally {
      await stop(server);
    }
    const db = inspectDatabase(dir);
    expect(db.integrity).toBe("ok");
    expect(db.sets.map((s) => s.count)).toEqual([2]);
  }, 60_000);
});

/**
 * POSTs `body` with its Content-Length and reads the answer, which may come before the body
 * is all sent: the server refuses by the declared length, then closes.
 */
function rawPost(
  url: string,
  body: Buffer,
  type: string,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, {
      method: "POST",
      headers: { "content-type": type, "content-length": body.length },
    });
    let answered = false;
    req.on("response", (res) => {
      answered = true;
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => {
        text += chunk;
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
    });
    // Once answered, the server may cut the unread rest of the body: not a failure.
    req.on("error", (error) => {
      if (!answered) reject(error);
    });
    req.end(body);
  });
}
