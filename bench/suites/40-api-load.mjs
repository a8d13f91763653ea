import { join } from "node:path";
import { openimInstall, syntheticUsers } from "@ringside/openim";
import autocannon from "autocannon";
import { startServerProcess, uploadUserSet } from "../lib/serverProcess.mjs";

export const name = "API under load: analysis of a stored 100,000-user set";
export const packages = ["autocannon"];

/** The stored set, the load, and how long each timed run lasts. */
const USERS = 100_000;
const CONNECTIONS = 10;
const DURATION_S = 10;
const WARMUP_S = 2;

const UNLIMITED_SERVER = join(import.meta.dirname, "..", "lib", "unlimitedServer.mjs");

/** One autocannon run, as a measurement: its wall time over the requests it got answered. */
async function load(label, options, seconds) {
  const result = await autocannon({ connections: CONNECTIONS, duration: seconds, ...options });
  const answered = result["2xx"];
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
    },
  };
}

/** POST /api/v1/analysis against GET /api/health, both under the same autocannon load. */
export async function run(bench) {
  const server = await startServerProcess(UNLIMITED_SERVER);
  try {
    const set = await uploadUserSet(server.url, syntheticUsers(USERS, 1));
    const analysis = {
      url: `${server.url}/api/v1/analysis`,
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ cluster: openimInstall(), users: { setId: set.id } }),
    };
    const health = { url: `${server.url}/api/health` };

    // The warm-up loads the set into the server's cache and compiles the hot paths.
    await load("warm-up", analysis, WARMUP_S);
    const ours = await load(`POST /api/v1/analysis, ${USERS} stored users`, analysis, DURATION_S);
    const floor = await load("GET /api/health", health, DURATION_S);
    for (const m of [ours, floor]) {
      const r = m.result;
      bench.log(
        `${m.label}: ${r.requestsPerSecond.toFixed(0)} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms, ` +
          `${r.errors} errors, ${r.non2xx} non-2xx`,
      );
    }

    const r = ours.result;
    const failures = r.errors + r.timeouts + r.non2xx + r.mismatches;
    return {
      about:
        `The built server (\`apps/server/dist\`, its per-client write limit lifted: autocannon is ` +
        `one client) on 127.0.0.1 with warnings-only logging, and a stored set of ` +
        `${USERS.toLocaleString("en-US")} users from \`syntheticUsers(${USERS}, 1)\` uploaded ` +
        `through POST /api/v1/user-sets. autocannon ${CONNECTIONS} connections for ` +
        `${DURATION_S} s each (after a ${WARMUP_S} s warm-up) sends POST /api/v1/analysis with ` +
        "the as-shipped cluster (`openimInstall()`) and `{ setId }`, the dashboard's request on " +
        "opening a stored set; the baseline is GET /api/health under the same load, the cost " +
        "of HTTP alone in this server. Operations are the requests answered 2xx.",
      comparisons: [
        {
          title: "Analysis request vs health check, same load",
          ours,
          baseline: floor,
          unit: "request",
        },
      ],
      notes: [
        `Analysis: **${r.requestsPerSecond.toFixed(0)} requests/s**, latency p50 ` +
          `**${r.p50} ms**, p99 **${r.p99} ms**; ${r.errors} errors, ${r.timeouts} timeouts, ` +
          `${r.non2xx} non-2xx answers. ` +
          (failures === 0
            ? "Zero failures, as required: PASS."
            : `**FAIL**: ${failures} requests failed; the load must see none.`),
        `Health check: ${floor.result.requestsPerSecond.toFixed(0)} requests/s, p50 ` +
          `${floor.result.p50} ms, p99 ${floor.result.p99} ms.`,
      ],
    };
  } finally {
    await server.stop();
  }
}
