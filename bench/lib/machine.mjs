import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";

/** The repository root: bench/lib is two levels below it. */
export const ROOT = join(import.meta.dirname, "..", "..");

/** Packages whose source the figures measure; uncommitted changes there are flagged. */
const MEASURED_SOURCES = ["packages/hashring/src", "packages/openim/src"];

/**
 * What the figures were measured on: CPU, cores, memory, Node, OS and the checked-out commit.
 */
export function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? "unknown",
    cores: cpus.length,
    memoryGiB: os.totalmem() / 2 ** 30,
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    commit: commitOf(ROOT),
  };
}

/** The 1-minute load average: how busy the machine was with other work around the run. */
export function loadAverage() {
  return os.loadavg()[0];
}

/** The installed version of each package, read from its package.json under node_modules. */
export function packageVersions(names) {
  return names.map((name) => {
    const file = join(ROOT, "node_modules", name, "package.json");
    return { name, version: JSON.parse(readFileSync(file, "utf8")).version };
  });
}

function commitOf(dir) {
  try {
    const head = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: dir });
    const status = ["status", "--porcelain", "--", ...MEASURED_SOURCES];
    const dirty = execFileSync("git", status, { cwd: dir }).length > 0;
    const note = ` (plus uncommitted changes under ${MEASURED_SOURCES.join(" or ")})`;
    return `${head.toString().trim()}${dirty ? note : ""}`;
  } catch {
    return "unknown";
  }
}
