import { join } from "node:path";
import { syntheticUsers } from "@ringside/openim";
import { rssMiB, startServerProcess, uploadUserSet } from "../lib/serverProcess.mjs";

export const name = "Server memory after a 1,000,000-user upload";

/** How far over its idle size the server may stay once a million-user upload is answered. */
const ALLOWED_MIB = 150;
/** The quick run uploads this many users instead, against the same bound. */
const QUICK_USERS = 100_000;
/** How long the resident size may take to settle, polled every POLL_MS. */
const SETTLE_WITHIN_MS = 10_000;
const POLL_MS = 100;

const LOOPBACK_SERVER = join(import.meta.dirname, "..", "lib", "unlimitedServer.mjs");

/** The built server's resident size (VmRSS) idle, right after the upload, and once settled. */
export async function run(bench) {
  const users = bench.quick ? syntheticUsers(QUICK_USERS, 1) : bench.users();
  const server = await startServerProcess(LOOPBACK_SERVER);
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
    const megabytes = users.join("\n").length / 1e6;
    bench.log(
      `idle ${idle.toFixed(1)} MiB, answered ${answered.toFixed(1)} MiB, ` +
        `settled ${settled.toFixed(1)} MiB (+${over.toFixed(1)})`,
    );

    return {
      about:
        "The built server (`apps/server/dist`, started by `bench/lib/unlimitedServer.mjs`: " +
        "bound to 127.0.0.1, write limits lifted, otherwise as `npm start` runs it): its " +
        "resident size (VmRSS in `/proc/<pid>/status`) idle after a two-ID upload, then after " +
        `uploading the shared ${users.length.toLocaleString("en-US")}-user set as plain text ` +
        `(one ID a line, ${megabytes.toFixed(1)} MB) through POST /api/v1/user-sets. The bound ` +
        "is absolute, not a ratio against a baseline.",
      comparisons: [],
      checks: [
        {
          title: "Settled resident size over idle",
          measured: `+${over.toFixed(1)} MiB`,
          limit: `< +${ALLOWED_MIB} MiB`,
          pass: over < ALLOWED_MIB,
        },
      ],
      notes: [
        `Idle ${idle.toFixed(1)} MiB, ${answered.toFixed(1)} MiB when the upload was ` +
          `answered, settled at ${settled.toFixed(1)} MiB. The upload took ` +
          `${(uploadMs / 1000).toFixed(2)} s (parse, hash, store in SQLite). The server ` +
          "collects the parse's garbage once it has answered; the settled size is read by " +
          `polling every ${POLL_MS} ms for at most ${SETTLE_WITHIN_MS / 1000} s.`,
      ],
    };
  } finally {
    await server.stop();
  }
}
