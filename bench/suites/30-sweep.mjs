import { HashedKeys } from "@ringside/hashring";
import { ClusterRouting, OUTCOMES, openimInstall, sweep, withReplicas } from "@ringside/openim";
import { naiveRouter } from "../lib/naiveRouter.mjs";

export const name = "Replica sweep 1..64 over 1M users";

const FROM = 1;
const TO = 64;
const QUICK_TO = 16;
/** The replica counts whose misrouted share the notes give. */
const SHARES_AT = [2, 5, 16, 64];

function naiveSweep(cluster, users, from, to) {
  const points = [];
  for (let replicas = from; replicas <= to; replicas++) {
    const route = naiveRouter(new ClusterRouting(withReplicas(cluster, replicas)));
    const counts = new Array(OUTCOMES.length).fill(0);
    for (let i = 0; i < users.length; i++) counts[route(users[i]).outcome]++;
    const point = { replicas, users: users.length };
    OUTCOMES.forEach((outcome, code) => {
      point[outcome] = counts[code];
    });
    points.push(point);
  }
  return points;
}

/** `sweep()` against per-user `get` on both rings at every replica count. */
export async function run(bench) {
  const users = bench.users();
  const cluster = openimInstall();
  const prehashed = HashedKeys.from(users);
  const to = bench.quick ? QUICK_TO : TO;
  const routes = (to - FROM + 1) * users.length;

  const fromStrings = await bench.measure(
    `HashedKeys.from + sweep ${FROM}..${to}`,
    () => sweep(cluster, HashedKeys.from(users), { from: FROM, to }),
    { operations: routes, reps: 5 },
  );
  const sweepOnly = await bench.measure(
    `sweep ${FROM}..${to}, keys hashed beforehand`,
    () => sweep(cluster, prehashed, { from: FROM, to }),
    { operations: routes, reps: 7 },
  );
  const naive = await bench.measure(
    `2 get per user at each of ${FROM}..${to} replicas`,
    () => naiveSweep(cluster, users, FROM, to),
    { operations: routes, reps: 3, warmupFn: () => naiveSweep(cluster, users, FROM, FROM + 3) },
  );
  checkSame(sweepOnly.result, naive.result);
  checkSame(fromStrings.result, naive.result);

  const at = (replicas) => naive.result[replicas - FROM];
  const share = (p) => `${((100 * p.misrouted) / p.users).toFixed(1)}%`;
  const shownAt = SHARES_AT.filter((replicas) => replicas <= to);
  return {
    about:
      `Outcome counts for every replica count from ${FROM} to ${to} (scope \`all\`: gateway, ` +
      "push and proxy scaled together) on the as-shipped cluster, over the 1M users of " +
      "`syntheticUsers(1_000_000, 1)`. Ours is `sweep(cluster, keys, { from: 1, to: 64 })`. " +
      "The baseline builds the same `ClusterRouting` at each replica count and calls `get` on " +
      "both rings for every user, counting outcomes. It is measured in full, at all 64 " +
      "replica counts (not extrapolated). One operation is one user routed at one replica count.",
    comparisons: [
      {
        title: "`sweep` vs per-user `get`, hashing included",
        ours: fromStrings,
        baseline: naive,
        unit: "route",
        target: 20,
      },
      {
        title: "`sweep` vs per-user `get`, keys already hashed",
        ours: sweepOnly,
        baseline: naive,
        unit: "route",
        target: 20,
      },
    ],
    notes: [
      "Both ways give the same counts at every replica count (checked after timing); " +
        `misrouted share at ${shownAt.join(", ")} replicas: ` +
        `${shownAt.map((r) => share(at(r))).join(", ")}.`,
    ],
  };
}

function checkSame(model, naive) {
  if (model.length !== naive.length) throw new Error("sweep lengths differ");
  model.forEach((point, i) => {
    for (const key of Object.keys(naive[i])) {
      if (point[key] !== naive[i][key]) {
        throw new Error(`sweep disagrees at ${point.replicas} replicas on ${key}`);
      }
    }
  });
}
