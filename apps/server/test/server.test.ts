import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HealthSchema, ScenarioSchema, UserSetSchema } from "@ringside/api-schema";
import { openimInstall } from "@ringside/openim";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, SERVER_DIR, startServer } from "./builtServer.js";

const dataDir = mkdtempSync(join(tmpdir(), "ringside-server-"));
beforeAll(() => ensureBuilt(), 120_000);
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe("the built server", () => {
  it("should create its data directory, answer, and stop cleanly on SIGTERM", async () => {
    const dir = join(dataDir, "fresh", "nested");
    const server = await startServer(dir);
    const health = await fetch(`${server.url}/api/health`);
    expect(health.status).toBe(200);
    expect(HealthSchema.parse(await health.json()).status).toBe("ok");
    expect(existsSync(join(dir, "ringside.db"))).toBe(true);

    server.process.kill("SIGTERM");
    expect(await server.exited).toEqual({ code: 0, signal: null });
  });

  it("should exit 2 with one line naming RINGSIDE_DATA_DIR when it cannot be created", () => {
    const file = join(dataDir, "a-file");
    writeFileSync(file, "");
    const run = spawnSync(process.execPath, [join(SERVER_DIR, "dist/main.js")], {
      env: { ...process.env, RINGSIDE_DATA_DIR: join(file, "data"), PORT: "0" },
      encoding: "utf8",
      timeout: 10_000,
    });
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(/^ringside: cannot keep data in RINGSIDE_DATA_DIR=.*ENOTDIR/);
  });

  it("should keep an acknowledged save after kill -9", async () => {
    const dir = join(dataDir, "durable");
    const first = await startServer(dir);
    const scenarioRes = await fetch(`${first.url}/api/v1/scenarios`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        title: "before the crash",
        cluster: openimInstall({ replicas: 6 }),
        users: { synthetic: { count: 1000, seed: 9 } },
        view: { replicas: 6 },
      }),
    });
    expect(scenarioRes.status).toBe(201);
    const scenario = ScenarioSchema.parse(await scenarioRes.json());
    const setRes = await fetch(`${first.url}/api/v1/user-sets`, {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: "4950983283\nimAdmin\n",
    });
    expect(setRes.status).toBe(201);
    const set = UserSetSchema.parse(await setRes.json());

    first.process.kill("SIGKILL");
    expect((await first.exited).signal).toBe("SIGKILL");

    const second = await startServer(dir);
    try {
      const reopened = await fetch(`${second.url}/api/v1/scenarios/${scenario.id}`);
      expect(await reopened.json()).toEqual(scenario);
      const again = await fetch(`${second.url}/api/v1/user-sets/${set.id}`);
      expect(await again.json()).toEqual(set);
    } finally {
      second.process.kill("SIGTERM");
      await second.exited;
    }
  });
});
