import { HashedKeys } from "@ringside/hashring";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  analyze,
  ClusterRouting,
  type InstallOptions,
  OUTCOMES,
  openimInstall,
  PRESETS,
  presetById,
  routeAll,
  scaleChange,
  sweep,
  syntheticUsers,
  withReplicas,
} from "../src/index.js";

const SEED = 20_261_203;
const USERS = syntheticUsers(4000, 7);
const KEYS = HashedKeys.from(USERS);

function countsOf(options: InstallOptions) {
  return analyze(new ClusterRouting(openimInstall(options)), KEYS).summary;
}

describe("outcomes, one rule per case", () => {
  it.each<[string, InstallOptions, (s: ReturnType<typeof countsOf>) => boolean]>([
    ["one pod hides the port mismatch", { replicas: 1 }, (s) => s.delivered === s.users],
    [
      "the port mismatch misroutes most users at 5",
      { replicas: 5 },
      (s) => s.misrouted > s.users * 0.6,
    ],
    [
      "the patched proxy delivers everyone",
      { hostFormat: "with-port" },
      (s) => s.delivered === s.users,
    ],
    [
      "a proxy ring over pods that do not exist leaves users unable to connect",
      { replicas: 3, pushReplicaEnv: "5", proxyReplicaEnv: "5", hostFormat: "with-port" },
      (s) => s.cannotConnect > 0 && s.dropped === 0 && s.misrouted === 0,
    ],
    [
      "push alone pointing at missing pods drops connected users",
      { replicas: 3, pushReplicaEnv: "5", proxyReplicaEnv: "3", hostFormat: "with-port" },
      (s) => s.dropped > 0 && s.cannotConnect === 0 && s.misrouted === 0,
    ],
    [
      "an empty proxy ring connects nobody",
      { proxyReplicaEnv: "five" },
      (s) => s.cannotConnect === s.users,
    ],
    [
      "an empty push ring drops every connected user",
      { pushReplicaEnv: "", hostFormat: "with-port" },
      (s) => s.dropped === s.users,
    ],
    [
      "a release with a dash points both sides at hosts that do not exist",
      { release: "open-im", hostFormat: "with-port" },
      (s) => s.cannotConnect === s.users,
    ],
    [
      "fan-out delivers to every connected user",
      { routing: "fan-out" },
      (s) => s.delivered === s.users,
    ],
    [
      "fan-out cannot deliver where the proxy cannot connect",
      { routing: "fan-out", replicas: 3, proxyReplicaEnv: "5" },
      (s) => s.cannotConnect > 0 && s.delivered + s.cannotConnect === s.users,
    ],
  ])("%s", (_, options, holds) => {
    const summary = countsOf(options);
    expect(summary.users).toBe(USERS.length);
    expect(summary.delivered + summary.misrouted + summary.cannotConnect + summary.dropped).toBe(
      USERS.length,
    );
    expect(holds(summary), JSON.stringify(summary)).toBe(true);
  });

  it("should compare pods by DNS name, so a port on one side only does not split a pod", () => {
    const routing = new ClusterRouting(openimInstall({ replicas: 1 }));
    expect(routing.targets).toHaveLength(1);
    expect(routing.route("4950983283")).toMatchObject({
      connect: 0,
      deliver: 0,
      outcome: "delivered",
    });
  });

  it("should list hosts that resolve to no pod after the pods", () => {
    const routing = new ClusterRouting(openimInstall({ replicas: 3, proxyReplicaEnv: "5" }));
    expect(routing.targets.map((t) => t.exists)).toEqual([true, true, true, false, false]);
    expect(routing.targets[4]?.name).toBe(
      "openimserver-openim-msggateway-4.openimserver-openim-msggateway-headless.openim.svc.cluster.local",
    );
  });

  it("should name the virtual node that caught a user on each ring", () => {
    const route = new ClusterRouting(openimInstall()).route("imAdmin");
    expect(route.pushPoint?.member.endsWith(":88")).toBe(true);
    expect(route.proxyPoint?.member.endsWith(".svc.cluster.local")).toBe(true);
    expect(route.pushPoint?.hash).toBeGreaterThan(route.hash);
  });
});

describe("analyze and routeAll", () => {
  const clusters = fc.record({
    replicas: fc.integer({ min: 1, max: 12 }),
    pushReplicaEnv: fc.constantFrom("1", "3", "5", "8", "", "x"),
    proxyReplicaEnv: fc.constantFrom("1", "2", "5", "9", "", "-1"),
    hostFormat: fc.constantFrom("with-port" as const, "without-port" as const),
    routing: fc.constantFrom("hash" as const, "fan-out" as const),
  });
  const ids = fc.array(fc.string({ maxLength: 12 }), { minLength: 1, maxLength: 200 });

  it("should route every user as following it alone through both rings does", () => {
    fc.assert(
      fc.property(clusters, ids, (options, users) => {
        const routing = new ClusterRouting(openimInstall(options));
        const routes = routeAll(routing, HashedKeys.from(users));
        users.forEach((user, i) => {
          const one = routing.route(user);
          expect([routes.connect[i], routes.deliver[i], OUTCOMES[routes.outcome[i] ?? -1]]).toEqual(
            [one.connect, one.deliver, one.outcome],
          );
        });
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it("should count per outcome, target and cell exactly what routing each user gives", () => {
    fc.assert(
      fc.property(clusters, ids, (options, users) => {
        const routing = new ClusterRouting(openimInstall(options));
        const keys = HashedKeys.from(users);
        const routes = routeAll(routing, keys);
        const { summary, loads, matrix } = analyze(routing, keys);
        for (const [code, outcome] of OUTCOMES.entries()) {
          expect(summary[outcome]).toBe(routes.outcome.filter((o) => o === code).length);
        }
        for (const load of loads) {
          expect(load.proxyUsers).toBe(routes.connect.filter((t) => t === load.target).length);
          expect(load.pushUsers).toBe(routes.deliver.filter((t) => t === load.target).length);
        }
        expect(matrix.reduce((sum, cell) => sum + cell.users, 0)).toBe(users.length);
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it("should give each ring's arc shares a sum of one", () => {
    const { loads } = analyze(new ClusterRouting(openimInstall({ replicas: 7 })), KEYS);
    const sum = (f: (l: (typeof loads)[number]) => number) => loads.reduce((s, l) => s + f(l), 0);
    expect(sum((l) => l.proxyArcShare)).toBeCloseTo(1, 12);
    expect(sum((l) => l.pushArcShare)).toBeCloseTo(1, 12);
  });
});

describe("sweep and scaleChange", () => {
  it("should give at each count what analyzing that count alone gives", () => {
    const cluster = presetById("as-shipped").cluster;
    const points = sweep(cluster, KEYS, { from: 1, to: 12 });
    expect(points.map((p) => p.replicas)).toEqual([...Array(12).keys()].map((i) => i + 1));
    for (const point of points) {
      const alone = analyze(new ClusterRouting(withReplicas(cluster, point.replicas)), KEYS);
      expect(point).toEqual({ replicas: point.replicas, ...alone.summary });
    }
    expect(points[0]?.misrouted).toBe(0);
  });

  it("should scale only what the scope touches", () => {
    const cluster = presetById("patched-proxy").cluster;
    const gatewayOnly = sweep(cluster, KEYS, { from: 3, to: 3, scope: "gateway" })[0];
    expect(gatewayOnly?.cannotConnect).toBeGreaterThan(0);
    const pushOnly = sweep(cluster, KEYS, { from: 3, to: 3, scope: "push" })[0];
    expect(pushOnly?.misrouted).toBeGreaterThan(0);
    expect(pushOnly?.cannotConnect).toBe(0);
  });

  it("should move connections only to the new pod when the patched install scales 4 to 5", () => {
    const before = openimInstall({ replicas: 4, hostFormat: "with-port" });
    const after = withReplicas(before, 5);
    const change = scaleChange(before, after, KEYS);
    const routesAfter = routeAll(new ClusterRouting(after), KEYS);
    expect(change.connectionMoved.length).toBeGreaterThan(0);
    expect([...change.connectionMoved].every((i) => routesAfter.connect[i] === 4)).toBe(true);
    expect(change.misroutedBefore + change.misroutedAfter).toBe(0);
  });
});

describe("presets and synthetic users", () => {
  it("should give every preset a distinct id and a cluster that routes", () => {
    expect(new Set(PRESETS.map((p) => p.id)).size).toBe(PRESETS.length);
    for (const preset of PRESETS) {
      expect(analyze(new ClusterRouting(preset.cluster), KEYS).summary.users).toBe(USERS.length);
    }
  });

  // Which outcomes each failure mode leaves users in, at its own replica counts.
  it.each([
    ["as-shipped", ["delivered", "misrouted"]],
    ["single-pod", ["delivered"]],
    ["patched-proxy", ["delivered"]],
    // with the patched proxy both rings agree: a missing pod is missing for both
    ["replica-drift", ["delivered", "cannotConnect"]],
    ["rollout-window", ["delivered", "misrouted"]],
    ["dashed-release", ["cannotConnect"]],
    ["name-override", ["cannotConnect"]],
    ["fan-out", ["delivered"]],
  ] as const)("should leave the %s preset's users only %j", (id, outcomes) => {
    const { summary } = analyze(new ClusterRouting(presetById(id).cluster), KEYS);
    const seen = OUTCOMES.filter((outcome) => summary[outcome] > 0);
    expect(seen).toEqual(outcomes);
  });

  it("should make distinct OpenIM-shaped IDs, admins first, the same for the same seed", () => {
    const ids = syntheticUsers(5000, 3);
    expect(ids.slice(0, 2)).toEqual(["imAdmin", "openIMAdmin"]);
    expect(ids.slice(2).every((id) => /^[1-9]\d{9}$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(5000);
    expect(syntheticUsers(5000, 3)).toEqual(ids);
    expect(syntheticUsers(5000, 4)).not.toEqual(ids);
    expect(syntheticUsers(1, 3)).toEqual(["imAdmin"]);
  });
});
