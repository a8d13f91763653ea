import { rssMiB, startServerProcess, uploadUserSet } from "../lib/serverProcess.mjs";

export const name = "Server memory after a 1,000,000-user upload";

/** How far over its idle size the server may stay once a million-user upload is answered. */
const ALLOWED_MIB = 150;
/** How long the resident size may take to settle, polled every POLL_MS. */
const SETTLE_WITHIN_MS = 10_000;
const POLL_MS = 100;

/** The built server's resident size (VmRSS) idle, right after the upload, and once settled. */
export async function run(bench) {
  const users = bench.users();
  const server = await startServerProcess();
  try {
    // Warmed up on the same route, so idle counts the code an upload loads.
    await uploadUserSet(server.url, ["4950983283", "imAdmin"]);
    const idle = rssMiB(server.pid);

    const started = performance.now();
    const set = await uploadUserSet(server.url, users);
    const uploadMs = performance.now() - started;
    if (set.count !== users.length) throw new Error(`stored ${set.count} of ${users.length}`);
    const answered = rssMiB(server.pid);

    // Settled: polled until it is within the bound, or the time is up.
    let settled = rssMiB(server.pid);
    const deadline = performance.now() + SETTLE_WITHIN_MS;
    while (settled - idle >= ALLOWED_MIB && performance.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      settled = rssMiB(server.pid);
    }
    const over = settled - idle;
    bench.log(
      `idle ${idle.toFixed(1)} MiB, answered ${answered.toFixed(1)} MiB, ` +
        `settled ${settled.toFixed(1)} MiB (+${over.toFixed(1)})`,
    );

    return {
      about:
        "The built server (`apps/server/dist/main.js`, as `npm start` runs it) on 127.0.0.1: " +
        "its resident size (VmRSS in `/proc/<pid>/status`) idle after a two-ID upload, then " +
        `after uploading the shared ${users.length.toLocaleString("en-US")}-user set as plain ` +
        "text (one ID a line, 11 MB) through POST /api/v1/user-sets. The bound is absolute, " +
        "not a ratio, so it has no row in the table.",
      comparisons: [],
      notes: [
        `| Idle | Upload answered | Settled | Settled over idle | Allowed | Result |\n` +
          `| --- | --- | --- | --- | --- | --- |\n` +
          `| ${idle.toFixed(1)} MiB | ${answered.toFixed(1)} MiB | ${settled.toFixed(1)} MiB | ` +
          `**+${over.toFixed(1)} MiB** | +${ALLOWED_MIB} MiB | ` +
          `${over < ALLOWED_MIB ? "PASS" : "FAIL"} |`,
        `The upload took ${(uploadMs / 1000).toFixed(2)} s (parse, hash, store in SQLite). ` +
          "The server collects the parse's garbage once it has answered; the settled size is " +
          `read by polling every ${POLL_MS} ms for at most ${SETTLE_WITHIN_MS / 1000} s.`,
      ],
    };
  } finally {
    await server.stop();
  }
}
