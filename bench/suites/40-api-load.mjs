import { join } from "node:path";
import { openimInstall, syntheticUsers } from "@ringside/openim";
import autocannon from "autocannon";
import { startServerProcess, uploadUserSet } from "../lib/serverProcess.mjs";

export const name = "API under load: analysis of a stored 100,000-user set";
export const packages = ["autocannon"];

/** The stored set, the load, and how long each run lasts, in the full run and the quick one. */
const FULL = { users: 100_000, durationS: 10, warmupS: 2 };
const QUICK = { users: 10_000, durationS: 2, warmupS: 1 };
const CONNECTIONS = 10;

const UNLIMITED_SERVER = join(import.meta.dirname, "..", "lib", "unlimitedServer.mjs");

/** One autocannon run, as a measurement: its wall time over the requests it got answered. */
async function load(label, options, seconds) {
  const result = await autocannon({ connections: CONNECTIONS, duration: seconds, ...options });
  const answered = result["2xx"];
  const failed = result.errors + result.timeouts + result.non2xx + result.mismatches;
  return {
    label,
    operations: answered,
    samplesMs: [result.duration * 1000],
    medianMs: result.duration * 1000,
    result: {
      requestsPerSecond: answered / result.duration,
      p50: result.latency.p50,
      p99: result.latency.p99,
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      mismatches: result.mismatches,
      failed,
    },
  };
}

/** The load's requirement: no request of a run fails (error, timeout, non-2xx, wrong body). */
function noFailures(m) {
  const { failed } = m.result;
  return {
    title: `${m.label}: failed requests`,
    measured: `${failed} of ${(m.operations + failed).toLocaleString("en-US")}`,
    limit: "0",
    pass: failed === 0,
  };
}

/** POST /api/v1/analysis against GET /api/health, both under the same autocannon load. */
export async function run(bench) {
  const size = bench.quick ? QUICK : FULL;
  const server = await startServerProcess(UNLIMITED_SERVER);
  try {
    const set = await uploadUserSet(server.url, syntheticUsers(size.users, 1));
    const analysis = {
      url: `${server.url}/api/v1/analysis`,
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ cluster: openimInstall(), users: { setId: set.id } }),
    };
    const health = { url: `${server.url}/api/health` };

    // The warm-up loads the set into the server's cache and compiles the hot paths.
    await load("warm-up", analysis, size.warmupS);
    const ours = await load(
      `POST /api/v1/analysis, ${size.users} stored users`,
      analysis,
      size.durationS,
    );
    const floor = await load("GET /api/health", health, size.durationS);
    for (const m of [ours, floor]) {
      const r = m.result;
      bench.log(
        `${m.label}: ${r.requestsPerSecond.toFixed(0)} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms, ` +
          `${r.errors} errors, ${r.non2xx} non-2xx`,
      );
    }

    const r = ours.result;
    return {
      about:
        "The built server (`apps/server/dist`, its per-client write limit lifted: autocannon is " +
        `one client) on 127.0.0.1 with warnings-only logging, and a stored set of ` +
        `${size.users.toLocaleString("en-US")} users from \`syntheticUsers(${size.users}, 1)\` ` +
        `uploaded through POST /api/v1/user-sets. autocannon ${CONNECTIONS} connections for ` +
        `${size.durationS} s each (after a ${size.warmupS} s warm-up) sends ` +
        "POST /api/v1/analysis with the as-shipped cluster (`openimInstall()`) and " +
        "`{ setId }`, the dashboard's request on opening a stored set; the baseline is " +
        "GET /api/health under the same load, the cost of HTTP alone in this server. " +
        "Operations are the requests answered 2xx; a request that errs, times out or is " +
        "answered otherwise counts as failed, and the load must see none.",
      comparisons: [
        {
          title: "Analysis request vs health check, same load",
          ours,
          baseline: floor,
          unit: "request",
        },
      ],
      checks: [noFailures(ours), noFailures(floor)],
      notes: [
        `Analysis: **${r.requestsPerSecond.toFixed(0)} requests/s**, latency p50 ` +
          `**${r.p50} ms**, p99 **${r.p99} ms**; ${r.errors} errors, ${r.timeouts} timeouts, ` +
          `${r.non2xx} non-2xx answers.`,
        `Health check: ${floor.result.requestsPerSecond.toFixed(0)} requests/s, p50 ` +
          `${floor.result.p50} ms, p99 ${floor.result.p99} ms.`,
      ],
    };
  } finally {
    await server.stop();
  }
}
