import { spawn, spawnSync } from "node:child_process";
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

  it("should pass the helm template fixture once the proxy is said to write the port", () => {
    const helm = join(FIXTURES, "helm-template-openim-3.5.1.yaml");
    const shipped = ringside("check", helm, "--synthetic", "500");
    expect(shipped.stdout).toContain(
      "note: assumed the proxy writes gateway hosts without a port (without-port)",
    );

    const patched = ringside(
      "check",
      helm,
      "--synthetic",
      "500",
      "--proxy-host-format",
      "with-port",
    );
    expect(patched.stderr).toBe("");
    expect(patched.status).toBe(0);
    expect(patched.count("delivered")).toBe(500);
    expect(patched.count("misrouted")).toBe(0);
    expect(patched.stdout).not.toContain("assumed the proxy");
    expect(patched.stdout).toMatch(/proxy ring \(5 hosts\):\n {2}\S+\.svc\.cluster\.local:88\n/);
  });

  it("should exit 2 naming the accepted values of --proxy-host-format", () => {
    const run = ringside(
      "check",
      join(FIXTURES, "helm-template-openim-3.5.1.yaml"),
      "--proxy-host-format",
      "port",
    );
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      'ringside: --proxy-host-format must be without-port or with-port, not "port"\n',
    );
  });

  it("should exit with the check's code, no stack trace, when the reader goes early", async () => {
    const child = spawn(
      process.execPath,
      [BIN, "check", join(FIXTURES, "helm-template-openim-3.5.1.yaml"), "--synthetic", "100"],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    // Closed before the CLI starts, so its first write meets a pipe with no reader.
    child.stdout.destroy();
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(stderr).toBe("");
    expect(code).toBe(1);
  });

  it("should read a CSV users file by its header whatever its name", () => {
    const manifests = join(FIXTURES, "helm-template-openim-3.5.1.yaml");
    const users = join(dir, "export.txt");
    writeFileSync(users, "name,UserId\nAda,4950983283\nBob,1234567890\n");
    const run = ringside("check", manifests, "--users", users);
    expect(run.stderr).toBe("");
    expect(run.count("users")).toBe(2);
    expect(run.stdout).toContain(`users from ${users}: 2 IDs;`);

    // A plain list whose first line is an ID stays a plain list.
    const plain = join(dir, "plain.txt");
    writeFileSync(plain, "4950983283\nimAdmin\nopenIMAdmin\n");
    expect(ringside("check", manifests, "--users", plain).count("users")).toBe(3);
  });

  it("should print the duplicates and blank lines set aside from a users file", () => {
    const users = join(dir, "repeats.txt");
    writeFileSync(users, "4950983283\n\nimAdmin\n4950983283\n   \n4950983283\n");
    const run = ringside(
      "check",
      join(FIXTURES, "helm-template-openim-3.5.1.yaml"),
      "--users",
      users,
    );
    expect(run.count("users")).toBe(2);
    expect(run.stdout).toContain(
      `users from ${users}: 2 IDs; set aside 2 duplicates and 2 blank lines\n`,
    );
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
