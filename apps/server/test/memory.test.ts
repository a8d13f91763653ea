import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { UserSetSchema } from "@ringside/api-schema";
import { syntheticUsers } from "@ringside/openim";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, startServer } from "./builtServer.js";

const dataDir = mkdtempSync(join(tmpdir(), "ringside-memory-"));
beforeAll(() => ensureBuilt(), 120_000);
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/**
 * A million users may cost 150 MB over idle. Smaller uploads do not tell: V8 collects after a
 * few hundred thousand IDs on its own, and only from about a million does the garbage stay
 * (over 200 MB of it) when the server does not collect it itself.
 */
const USERS = 1_000_000;
const ALLOWED_MB = 150;

/** The resident size of process `pid`, in MB, from /proc. */
function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
  if (kb === undefined) throw new Error(`no VmRSS for process ${pid}`);
  return Number(kb) / 1024;
}

describe("the built server's memory", () => {
  it(`should return to within ${ALLOWED_MB} MB of idle after a ${USERS}-user upload`, async () => {
    const server = await startServer(join(dataDir, "upload"));
    const pid = server.process.pid as number;
    const upload = (text: string) =>
      fetch(`${server.url}/api/v1/user-sets`, {
        method: "POST",
        headers: { "content-type": "text/plain" },
        body: text,
      });
    try {
      // Warmed up on the same path, so idle includes the code that an upload loads.
      expect((await upload("4950983283\nimAdmin\n")).status).toBe(201);
      const idle = rssMb(pid);

      const res = await upload(syntheticUsers(USERS, 1).join("\n"));
      expect(res.status).toBe(201);
      expect(UserSetSchema.parse(await res.json()).count).toBe(USERS);

      // The server frees the parse's garbage just after answering: poll, do not sleep.
      await expect
        .poll(() => rssMb(pid) - idle, { timeout: 10_000, interval: 100 })
        .toBeLessThan(ALLOWED_MB);
    } finally {
      server.process.kill("SIGTERM");
      await server.exited;
    }
  }, 60_000);
});
