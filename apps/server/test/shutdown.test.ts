import { once } from "node:events";
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { type ClientRequest, request as httpRequest, type IncomingMessage } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AnalysisSchema } from "@ringside/api-schema";
import { openimInstall } from "@ringside/openim";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, type RunningServer, startServer } from "./builtServer.js";

const dataDir = mkdtempSync(join(tmpdir(), "ringside-shutdown-"));
beforeAll(() => ensureBuilt(), 120_000);
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** How soon after its last answer the server must have exited. */
const EXIT_WITHIN_MS = 2_000;

/** Resolves once the server's log holds `text`. */
function logged(server: RunningServer, text: string): Promise<void> {
  return new Promise((resolve) => {
    let out = "";
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes(text)) {
        server.process.stdout?.off("data", onData);
        resolve();
      }
    };
    server.process.stdout?.on("data", onData);
  });
}

/**
 * Starts a POST whose body is held back: `Expect: 100-continue` makes the server say it has the
 * request (its 100 Continue) before a byte of the body is sent.
 */
async function heldRequest(url: string, body: string): Promise<ClientRequest> {
  const req = httpRequest(`${url}/api/v1/analysis`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "content-length": Buffer.byteLength(body),
      expect: "100-continue",
    },
  });
  req.flushHeaders();
  await once(req, "continue");
  return req;
}

async function textOf(res: IncomingMessage): Promise<string> {
  let text = "";
  for await (const chunk of res) text += chunk;
  return text;
}

describe("the built server on SIGTERM", () => {
  it("should finish in-flight requests, refuse new ones, exit 0, checkpoint the WAL", async () => {
    const dir = join(dataDir, "graceful");
    const server = await startServer(dir);

    // Something written, so the WAL has pages to checkpoint at close.
    const saved = await fetch(`${server.url}/api/v1/scenarios`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ cluster: openimInstall(), users: { ids: ["imAdmin"] } }),
    });
    expect(saved.status).toBe(201);
    expect(statSync(join(dir, "ringside.db-wal")).size).toBeGreaterThan(0);

    const body = JSON.stringify({
      cluster: openimInstall({ replicas: 7 }),
      users: { synthetic: { count: 50_000, seed: 4 } },
    });
    const held = await heldRequest(server.url, body);
    const answered = once(held, "response") as Promise<[IncomingMessage]>;

    const closing = logged(server, "shutting down");
    server.process.kill("SIGTERM");
    await closing;

    // The listener is closed: a new connection is refused.
    await expect(fetch(`${server.url}/api/health`)).rejects.toThrow();

    held.end(body);
    const [res] = await answered;
    expect(res.statusCode).toBe(200);
    expect(AnalysisSchema.parse(JSON.parse(await textOf(res))).summary.users).toBe(50_000);

    // The answered connection is kept alive by the client; the server must not wait out the
    // keep-alive timeout (5 s) before it exits.
    const answeredAt = performance.now();
    expect(await server.exited).toEqual({ code: 0, signal: null });
    expect(performance.now() - answeredAt).toBeLessThan(EXIT_WITHIN_MS);
    const wal = join(dir, "ringside.db-wal");
    expect(existsSync(wal) ? statSync(wal).size : 0).toBe(0);

    const db = new Database(join(dir, "ringside.db"), { readonly: true, fileMustExist: true });
    try {
      expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
      expect(db.prepare("SELECT COUNT(*) AS n FROM scenarios").get()).toEqual({ n: 1 });
    } finally {
      db.close();
    }
  }, 30_000);
});
