import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "./machine.mjs";

/** The built server, as `npm start` runs it. */
export const SERVER_MAIN = join(ROOT, "apps", "server", "dist", "main.js");

/** How long a server may take to answer its first health check. */
const START_WITHIN_MS = 15_000;
const POLL_MS = 50;

/** The port bound on 127.0.0.1 (0: any free one) once let go, or undefined when it is taken. */
async function probePort(port) {
  const probe = createServer();
  probe.listen(port, "127.0.0.1");
  try {
    await once(probe, "listening");
  } catch {
    return undefined;
  }
  const bound = probe.address().port;
  probe.close();
  await once(probe, "close");
  return bound;
}

/**
 * A free loopback port: the first free one of RINGSIDE_BENCH_PORTS ("8490-8499") when it is
 * set, for a machine whose ports are shared out; otherwise any the system gives.
 */
async function freePort() {
  const range = process.env.RINGSIDE_BENCH_PORTS;
  if (range === undefined) return probePort(0);
  const bounds = /^(\d+)-(\d+)$/.exec(range);
  if (!bounds) throw new Error(`RINGSIDE_BENCH_PORTS must be a range like 8490-8499: "${range}"`);
  for (let port = Number(bounds[1]); port <= Number(bounds[2]); port++) {
    const free = await probePort(port);
    if (free !== undefined) return free;
  }
  throw new Error(`no free port in RINGSIDE_BENCH_PORTS (${range})`);
}

/**
 * Starts `entry` (the built server by default) on a fresh data directory and a free port,
 * logging only warnings, and resolves once GET /api/health answers 200.
 */
export async function startServerProcess(entry = SERVER_MAIN) {
  const dataDir = mkdtempSync(join(tmpdir(), "ringside-bench-"));
  const port = await freePort();
  const child = spawn(process.execPath, [entry], {
    env: { ...process.env, PORT: String(port), RINGSIDE_DATA_DIR: dataDir, LOG_LEVEL: "warn" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const exited = once(child, "exit");
  const url = `http://127.0.0.1:${port}`;

  const deadline = performance.now() + START_WITHIN_MS;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${entry} exited (${child.exitCode}) at start`);
    const healthy = await fetch(`${url}/api/health`).then(
      (res) => res.status === 200,
      () => false,
    );
    if (healthy) break;
    if (performance.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`${entry} did not answer within ${START_WITHIN_MS} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }

  return {
    url,
    pid: child.pid,
    /** Stops the server with SIGTERM, waits for it, and removes its data. */
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The resident set size of process `pid` in MiB, from /proc (Linux only). */
export function rssMiB(pid) {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
  if (kb === undefined) throw new Error(`no VmRSS for process ${pid}`);
  return Number(kb) / 1024;
}

/** Uploads `ids` as a plain-text user set; resolves to the stored set. */
export async function uploadUserSet(url, ids) {
  const res = await fetch(`${url}/api/v1/user-sets`, {
    method: "POST",
    headers: { "content-type": "text/plain" },
    body: ids.join("\n"),
  });
  if (res.status !== 201) throw new Error(`upload answered ${res.status}: ${await res.text()}`);
  return res.json();
}
