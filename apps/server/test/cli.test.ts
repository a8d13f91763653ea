import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt } from "./builtServer.js";
import { FIXTURES } from "./testApp.js";

const BIN = fileURLToPath(new URL("../bin/ringside.js", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "ringside-cli-"));
beforeAll(() => ensureBuilt(), 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function ringside(...args: string[]) {
  const run = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8" });
  const count = (name: string) =>
    Number(new RegExp(`^${name}\\s+(\\d+)$`, "m").exec(run.stdout)?.[1]);
  return { ...run, count };
}

describe("ringside check", () => {
  it("should fail the helm template fixture: the port-less proxy misroutes users", () => {
    const run = ringside("check", join(FIXTURES, "helm-template-openim-3.5.1.yaml"));
    expect(run.status).toBe(1);
    expect(run.count("users")).toBe(10_000);
    expect(run.count("misrouted")).toBeGreaterThan(7000);
    expect(run.stdout).toContain("push ring (5 hosts)");
    expect(run.stdout).toContain(
      "openimserver-openim-msggateway-4.openimserver-openim-msggateway-headless" +
        ".openim.svc.cluster.local:88",
    );
    expect(run.stdout).toMatch(/proxy ring \(5 hosts\):\n {2}\S+\.svc\.cluster\.local\n/);
  });

  it("should fail the drift fixture: users go to pods that do not exist", () => {
    const run = ringside(
      "check",
      join(FIXTURES, "kubectl-get-openim-drift.json"),
      "--synthetic",
      "2000",
    );
    expect(run.status).toBe(1);
    expect(run.count("users")).toBe(2000);
    expect(run.count("cannotConnect")).toBeGreaterThan(0);
    expect(run.stdout).toContain("gateway pods: 3");
  });

  it("should pass a single-pod install and read users from a file", () => {
    // Every env says 1, and the first `replicas: 5` is the StatefulSet's.
    const single = readFileSync(join(FIXTURES, "helm-template-openim-3.5.1.yaml"), "utf8")
      .replaceAll('value: "5"', 'value: "1"')
      .replace("replicas: 5", "replicas: 1");
    const manifests = join(dir, "single.yaml");
    writeFileSync(manifests, single);
    const users = join(dir, "users.csv");
    writeFileSync(users, "userID\n4950983283\nimAdmin\n");
    const run = ringside("check", manifests, "--users", users, "--namespace", "chat");
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.count("users")).toBe(2);
    expect(run.count("delivered")).toBe(2);
    expect(run.stdout).toContain(".chat.svc.cluster.local:88");
  });

  it("should exit 2 with a clear message on bad input", () => {
    const bad = join(dir, "bad.yaml");
    writeFileSync(bad, "kind: [\n");
    const run = ringside("check", bad);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^ringside: The text is not valid YAML or JSON: line \d+/);

    const missing = ringside("check", join(dir, "nope.yaml"));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("no such file");

    const usage = ringside("inspect");
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain("Usage: ringside check");
  });
});
