import { HashedKeys } from "@ringside/hashring";
import { analyze, ClusterRouting, OUTCOMES, openimInstall, routeAll } from "@ringside/openim";
import { naiveRouter } from "../lib/naiveRouter.mjs";

export const name = "Analysis of 1M users at 5 replicas";

function modelAnalysis(cluster, keys) {
  const routing = new ClusterRouting(cluster);
  return { summary: analyze(routing, keys).summary, routes: routeAll(routing, keys) };
}

function naiveAnalysis(cluster, users) {
  const route = naiveRouter(new ClusterRouting(cluster));
  const n = users.length;
  const routes = {
    connect: new Int32Array(n),
    deliver: new Int32Array(n),
    outcome: new Uint8Array(n),
  };
  const counts = new Array(OUTCOMES.length).fill(0);
  for (let i = 0; i < n; i++) {
    const { connect, deliver, outcome } = route(users[i]);
    routes.connect[i] = connect;
    routes.deliver[i] = deliver;
    routes.outcome[i] = outcome;
    counts[outcome]++;
  }
  const summary = { users: n };
  OUTCOMES.forEach((outcome, code) => {
    summary[outcome] = counts[code];
  });
  return { summary, routes };
}

/** The routing model (`analyze` + `routeAll`) against two `get` calls per user. */
export async function run(bench) {
  const users = bench.users();
  const cluster = openimInstall();
  const n = users.length;
  const prehashed = HashedKeys.from(users);

  const fromStrings = await bench.measure(
    "HashedKeys.from + ClusterRouting + analyze + routeAll",
    () => modelAnalysis(cluster, HashedKeys.from(users)),
    { operations: n, reps: 5 },
  );
  const model = await bench.measure(
    "ClusterRouting + analyze + routeAll, keys hashed beforehand",
    () => modelAnalysis(cluster, prehashed),
    { operations: n, reps: 7 },
  );
  const naive = await bench.measure(
    "ClusterRouting + 2 get per user, compared",
    () => naiveAnalysis(cluster, users),
    { operations: n, reps: 5 },
  );
  checkSame(model.result, naive.result);
  checkSame(fromStrings.result, naive.result);

  const s = model.result.summary;
  return {
    about:
      `The as-shipped OpenIM 3.5.1 cluster (\`openimInstall()\`: 5 gateway pods, push hosts with ` +
      `\`:88\`, proxy hosts without) and ${n.toLocaleString("en-US")} users from ` +
      "`syntheticUsers(1_000_000, 1)`. Ours builds `new ClusterRouting(cluster)`, then " +
      "`analyze` (outcome counts, per-pod loads, the connect x deliver matrix) and `routeAll` " +
      "(each user's connect pod, deliver pod and outcome). The baseline builds the same " +
      "`ClusterRouting`, then for each user calls `get` on the proxy ring and on the push ring, " +
      "maps both hosts to pods and compares them, writing the same per-user arrays and counts " +
      "(but no loads or matrix). One row includes hashing and sorting the 1M keys " +
      "(`HashedKeys.from`), which a caller pays once per user set; the other starts from keys " +
      "hashed beforehand, as when one user set is analysed for many clusters.",
    comparisons: [
      {
        title: "Model vs two `get` per user, hashing included",
        ours: fromStrings,
        baseline: naive,
        unit: "user",
      },
      {
        title: "Model vs two `get` per user, keys already hashed",
        ours: model,
        baseline: naive,
        unit: "user",
      },
    ],
    notes: [
      "Both ways agree on every user (checked after timing): " +
        `${s.delivered.toLocaleString("en-US")} delivered, ` +
        `${s.misrouted.toLocaleString("en-US")} misrouted, ` +
        `${s.cannotConnect} cannot connect, ${s.dropped} dropped.`,
    ],
  };
}

function checkSame(model, naive) {
  for (const key of Object.keys(naive.summary)) {
    if (model.summary[key] !== naive.summary[key]) {
      throw new Error(
        `analysis disagrees on ${key}: ${model.summary[key]} vs ${naive.summary[key]}`,
      );
    }
  }
  for (const field of ["connect", "deliver", "outcome"]) {
    const a = model.routes[field];
    const b = naive.routes[field];
    for (let i = 0; i < a.length; i++) {
      if (a[i] !== b[i]) throw new Error(`routeAll disagrees on user ${i}'s ${field}`);
    }
  }
}
