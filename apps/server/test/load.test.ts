import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AnalysisSchema, UserSetSchema } from "@ringside/api-schema";
import { openimInstall, syntheticUsers } from "@ringside/openim";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, startServer } from "./builtServer.js";

const dataDir = mkdtempSync(join(tmpdir(), "ringside-load-"));
beforeAll(() => ensureBuilt(), 120_000);
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** A short run of the load benchmark: same set and connections, 2 s instead of 10. */
const USERS = 100_000;
const CONNECTIONS = 10;
const DURATION_MS = 2_000;
/** Below the server's per-client limit on computing requests (1,200 a minute). */
const MAX_REQUESTS = 1_000;

describe("the built server under load", () => {
  it("should answer every analysis of a stored set with 200 under 10 connections", async () => {
    const server = await startServer(join(dataDir, "load"));
    try {
      const uploaded = await fetch(`${server.url}/api/v1/user-sets`, {
        method: "POST",
        headers: { "content-type": "text/plain" },
        body: syntheticUsers(USERS, 1).join("\n"),
      });
      const set = UserSetSchema.parse(await uploaded.json());
      const body = JSON.stringify({ cluster: openimInstall(), users: { setId: set.id } });

      const statuses = new Map<number, number>();
      const failures: string[] = [];
      let sent = 0;
      let checked = false;
      const until = performance.now() + DURATION_MS;
      const worker = async () => {
        while (performance.now() < until && sent < MAX_REQUESTS) {
          sent++;
          try {
            const res = await fetch(`${server.url}/api/v1/analysis`, {
              method: "POST",
              headers: { "content-type": "application/json" },
              body,
            });
            const answer = await res.json();
            statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
            if (!checked && res.status === 200) {
              expect(AnalysisSchema.parse(answer).summary.users).toBe(USERS);
              checked = true;
            }
          } catch (error) {
            failures.push(String(error));
          }
        }
      };
      await Promise.all(Array.from({ length: CONNECTIONS }, worker));

      expect(failures).toEqual([]);
      expect([...statuses.keys()]).toEqual([200]);
      expect(statuses.get(200)).toBe(sent);
      expect(checked).toBe(true);
    } finally {
      server.process.kill("SIGTERM");
      await server.exited;
    }
  }, 30_000);
});
