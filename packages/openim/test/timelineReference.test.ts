import { ConsistentHashRing, HashedKeys } from "@ringside/hashring";
import { describe, expect, it } from "vitest";
import {
  type Cluster,
  hostDnsName,
  openimInstall,
  podDnsNames,
  proxyHosts,
  pushHosts,
  syntheticUsers,
  type TimelineEvent,
  type TimelineInput,
  type TimelineOutcome,
  timeline,
  timelineDelays,
  withReplicas,
} from "../src/index.js";

const rings = new Map<string, ConsistentHashRing>();
function ringOf(hosts: string[]): ConsistentHashRing {
  const key = hosts.join(" ");
  let ring = rings.get(key);
  if (!ring) {
    ring = new ConsistentHashRing(hosts);
    rings.set(key, ring);
  }
  return ring;
}

/**
 * The slow way: for one user at one minute, replay the events that have happened by then and
 * ask each ring with `get`, one lookup per question.
 */
function referenceOutcome(
  input: TimelineInput,
  userId: string,
  delay: number,
  t: number,
): TimelineOutcome {
  const { cluster, replicas } = input;
  const end = withReplicas(cluster, replicas, input.change === "helm-upgrade" ? "all" : "gateway");
  const names = podDnsNames({
    ...cluster.gateway,
    replicas: Math.max(cluster.gateway.replicas, replicas),
  });
  const podOf = (hosts: string[]): number => {
    if (hosts.length === 0) return -1;
    return names.indexOf(hostDnsName(ringOf(hosts).get(userId)));
  };
  const proxyPick = (c: Cluster) => podOf(proxyHosts(c));
  const pushPick = (c: Cluster) => podOf(pushHosts(c));

  let pods = cluster.gateway.replicas;
  let proxyCluster = cluster;
  let pushCluster = cluster;
  const exists = (pod: number) => pod >= 0 && pod < pods;

  let pod = exists(proxyPick(proxyCluster)) ? proxyPick(proxyCluster) : -1;
  let trying = pod === -1;
  let backAt = Infinity;
  const events = [...input.events].sort((a, b) => a.at - b.at);
  const moments: { at: number; event?: TimelineEvent }[] = events.map((event) => ({
    at: event.at,
    event,
  }));

  while (moments.length > 0) {
    const moment = moments.shift() as { at: number; event?: TimelineEvent };
    if (moment.at > t) break;
    const kind = moment.event?.kind;
    if (kind === "gateway") {
      pods = replicas;
      if (pod !== -1 && !exists(pod)) {
        pod = -1;
        trying = true;
      }
    } else if (kind === "push") {
      pushCluster = end;
    } else if (kind === "proxy") {
      proxyCluster = end;
      if (pod !== -1) {
        pod = -1;
        backAt = moment.at + delay;
        const i = moments.findIndex((m) => m.at > backAt);
        moments.splice(i === -1 ? moments.length : i, 0, { at: backAt });
      }
    } else {
      trying = true;
    }
    if (trying && exists(proxyPick(proxyCluster))) {
      pod = proxyPick(proxyCluster);
      trying = false;
    }
  }

  if (pod === -1) return "disconnected";
  const deliver = cluster.push.routing === "fan-out" ? pod : pushPick(pushCluster);
  if (!exists(deliver)) return "dropped";
  return deliver === pod ? "delivered" : "misrouted";
}

const USERS = syntheticUsers(300, 11);
const KEYS = HashedKeys.from(USERS);

function input(
  over: Partial<TimelineInput> & { from: number; hostFormat: "with-port" | "without-port" },
) {
  const { from, hostFormat, ...rest } = over;
  return {
    cluster: openimInstall({ replicas: from, hostFormat }),
    replicas: 5,
    change: "helm-upgrade",
    events: [
      { kind: "gateway", at: 1 },
      { kind: "push", at: 3 },
      { kind: "proxy", at: 5 },
    ],
    reconnect: { ratePerMinute: 0.4, seed: 3 },
    duration: 12,
    steps: 25,
    keys: KEYS,
    ...rest,
  } satisfies TimelineInput;
}

const CASES: { name: string; input: TimelineInput }[] = [
  { name: "helm 3 -> 5, 3.5.1 proxy", input: input({ from: 3, hostFormat: "without-port" }) },
  { name: "helm 3 -> 5, patched proxy", input: input({ from: 3, hostFormat: "with-port" }) },
  {
    name: "helm 5 -> 2, proxy first, then push, then the StatefulSet",
    input: input({
      from: 5,
      replicas: 2,
      hostFormat: "with-port",
      events: [
        { kind: "proxy", at: 1 },
        { kind: "push", at: 4 },
        { kind: "gateway", at: 6 },
      ],
    }),
  },
  {
    name: "helm 2 -> 6, proxy restarts before new pods exist",
    input: input({
      from: 2,
      replicas: 6,
      hostFormat: "without-port",
      events: [
        { kind: "push", at: 0 },
        { kind: "proxy", at: 2 },
        { kind: "gateway", at: 7 },
      ],
    }),
  },
  {
    name: "kubectl scale 5 -> 3",
    input: input({
      from: 5,
      replicas: 3,
      hostFormat: "without-port",
      change: "kubectl-scale",
      events: [{ kind: "gateway", at: 2 }],
    }),
  },
  {
    name: "helm 4 -> 3 at one instant, 3.8.4 fan-out push",
    input: input({
      from: 4,
      replicas: 3,
      hostFormat: "without-port",
      cluster: openimInstall({ replicas: 4, routing: "fan-out" }),
      events: [
        { kind: "gateway", at: 2 },
        { kind: "push", at: 2 },
        { kind: "proxy", at: 2 },
      ],
    }),
  },
];

describe("timeline against a user-by-user replay with ring.get", () => {
  it.each(CASES)("should give the replay's counts at every sample: $name", ({ input }) => {
    const { points } = timeline(input);
    const delays = timelineDelays(
      USERS.length,
      input.reconnect.ratePerMinute,
      input.reconnect.seed,
    );
    for (const point of points) {
      const expected = { t: point.t, delivered: 0, misrouted: 0, disconnected: 0, dropped: 0 };
      USERS.forEach((id, u) => {
        expected[referenceOutcome(input, id, delays[u] as number, point.t)]++;
      });
      expect(point).toEqual(expected);
    }
  });

  it("should cover samples where every outcome occurs somewhere in the cases", () => {
    const seen = new Set<string>();
    for (const { input } of CASES) {
      for (const point of timeline(input).points) {
        for (const outcome of ["delivered", "misrouted", "disconnected", "dropped"] as const) {
          if (point[outcome] > 0) seen.add(outcome);
        }
      }
    }
    expect([...seen].sort()).toEqual(["delivered", "disconnected", "dropped", "misrouted"]);
  });
});
