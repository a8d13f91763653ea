import { HashedKeys } from "@ringside/hashring";
import { describe, expect, it } from "vitest";
import {
  analyze,
  ClusterRouting,
  type HostFormat,
  openimInstall,
  syntheticUsers,
  type Timeline,
  type TimelineInput,
  type TimelinePoint,
  timeline,
  timelineComparison,
  withReplicas,
} from "../src/index.js";

const USERS = syntheticUsers(3000, 5);
const KEYS = HashedKeys.from(USERS);

/** A helm upgrade from `from` to `to`: StatefulSet at 2, push at 4, proxy at 8 minutes. */
function helmUpgrade(from: number, to: number, over: Partial<TimelineInput> = {}): TimelineInput {
  return {
    cluster: openimInstall({ replicas: from }),
    replicas: to,
    change: "helm-upgrade",
    events: [
      { kind: "gateway", at: 2 },
      { kind: "push", at: 4 },
      { kind: "proxy", at: 8 },
    ],
    reconnect: { ratePerMinute: 0.5, seed: 1 },
    duration: 30,
    steps: 61,
    keys: KEYS,
    ...over,
  };
}

function at(series: Timeline, t: number): TimelinePoint {
  const point = series.points.find((p) => p.t === t);
  if (!point) throw new Error(`no sample at minute ${t}`);
  return point;
}

function steady(hostFormat: HostFormat, replicas: number) {
  const cluster = withReplicas(openimInstall({ replicas, hostFormat }), replicas);
  return analyze(new ClusterRouting(cluster), KEYS).summary;
}

/** Users the patched proxy connects to a pod the StatefulSet removes when going to `to`. */
function onRemovedPods(from: number, to: number): number {
  const routing = new ClusterRouting(openimInstall({ replicas: from, hostFormat: "with-port" }));
  return USERS.filter((id) => routing.route(id).connect >= to).length;
}

/** The most users misrouted at any sample from `start` (included) to `end` (excluded). */
function mostMisrouted(series: Timeline, start: number, end: number): number {
  const window = series.points.filter((p) => p.t >= start && p.t < end);
  return Math.max(...window.map((p) => p.misrouted));
}

const CHANGES: [number, number][] = [
  [3, 5],
  [5, 3],
  [2, 8],
  [6, 4],
  [1, 4],
];

describe("timeline of a helm upgrade", () => {
  describe.each(CHANGES)("from %i to %i replicas", (from, to) => {
    const { withoutPort, withPort } = timelineComparison(helmUpgrade(from, to));

    it("should deliver every user with the patched proxy before any event", () => {
      expect(at(withPort, 0)).toEqual({
        t: 0,
        delivered: 3000,
        misrouted: 0,
        disconnected: 0,
        dropped: 0,
      });
      expect(at(withPort, 1.5).delivered).toBe(3000);
    });

    it("should show the 3.5.1 proxy's steady misrouting before any event", () => {
      const { delivered, misrouted } = steady("without-port", from);
      expect(at(withoutPort, 0)).toMatchObject({ delivered, misrouted });
    });

    it("should drop the websockets the proxy carried and connect those that were trying", () => {
      // The sample falls on the restart: every connected user lost its websocket that minute,
      // and users left without a pod by the StatefulSet reach one through the new ring at once.
      const before = at(withPort, 7.5).disconnected;
      expect(before).toBe(from > to ? onRemovedPods(from, to) : 0);
      expect(at(withPort, 8).disconnected).toBe(3000 - before);
    });

    it("should label each series with its proxy format and the change", () => {
      expect(withPort).toMatchObject({ hostFormat: "with-port", from, to, users: 3000 });
      expect(withoutPort.hostFormat).toBe("without-port");
      expect(withPort.marks.map((m) => m.kind)).toEqual(["gateway", "push", "proxy"]);
    });
  });

  // Push's ring and the sticky connections disagree from push's restart to the proxy's. On a
  // scale-down, consistent hashing keeps every user of a surviving pod on it, so the patched
  // proxy misroutes only while the pods being removed still hold users.
  const WINDOW: { from: number; to: number; first: "gateway" | "push"; misroutes: boolean }[] = [
    { from: 3, to: 5, first: "gateway", misroutes: true },
    { from: 3, to: 5, first: "push", misroutes: true },
    { from: 1, to: 4, first: "gateway", misroutes: true },
    { from: 2, to: 8, first: "push", misroutes: true },
    { from: 5, to: 3, first: "push", misroutes: true },
    { from: 6, to: 4, first: "push", misroutes: true },
    { from: 5, to: 3, first: "gateway", misroutes: false },
    { from: 6, to: 4, first: "gateway", misroutes: false },
  ];

  it.each(WINDOW)(
    "should tell whether the patched proxy misroutes between the restarts: " +
      "$from -> $to, $first first, $misroutes",
    ({ from, to, first, misroutes }) => {
      const second = first === "push" ? "gateway" : "push";
      const series = timeline(
        helmUpgrade(from, to, {
          cluster: openimInstall({ replicas: from, hostFormat: "with-port" }),
          events: [
            { kind: first, at: 2 },
            { kind: second, at: 4 },
            { kind: "proxy", at: 8 },
          ],
        }),
      );
      const pushAt = first === "push" ? 2 : 4;
      expect(mostMisrouted(series, pushAt, 8) > 0).toBe(misroutes);
      expect(mostMisrouted(series, 0, pushAt)).toBe(0);
      if (!misroutes) expect(at(series, 6).disconnected).toBe(onRemovedPods(from, to));
    },
  );

  it.each(CHANGES)("should settle %i -> %i at the steady state of the new count", (from, to) => {
    const settled = helmUpgrade(from, to, {
      reconnect: { ratePerMinute: 50, seed: 2 },
      duration: 600,
      steps: 11,
    });
    const { withoutPort, withPort } = timelineComparison(settled);
    const last = (s: Timeline) => s.points.at(-1) as TimelinePoint;
    expect(last(withPort)).toEqual({
      t: 600,
      delivered: 3000,
      misrouted: 0,
      disconnected: 0,
      dropped: 0,
    });
    const { delivered, misrouted } = steady("without-port", to);
    expect(last(withoutPort)).toMatchObject({ delivered, misrouted, disconnected: 0 });
    if (from > 1 && to > 1) {
      expect(last(withoutPort).misrouted).toBeGreaterThanOrEqual(last(withPort).misrouted);
      expect(last(withoutPort).misrouted).toBeGreaterThan(0);
    }
  });

  it("should keep users disconnected while their new pick is a pod not yet created", () => {
    // 3 -> 5 with the proxy restarting first: users whose new pick is pod 3 or 4 wait for it.
    const input = helmUpgrade(3, 5, {
      cluster: openimInstall({ replicas: 3, hostFormat: "with-port" }),
      events: [
        { kind: "proxy", at: 2 },
        { kind: "push", at: 4 },
        { kind: "gateway", at: 10 },
      ],
      reconnect: { ratePerMinute: 100, seed: 1 },
    });
    const series = timeline(input);
    const waiting = at(series, 5).disconnected;
    const { summary } = analyze(new ClusterRouting(withReplicas(input.cluster, 5, "proxy")), KEYS);
    expect(waiting).toBe(summary.cannotConnect);
    expect(waiting).toBeGreaterThan(0);
    expect(at(series, 10).disconnected).toBe(0);
  });

  it("should give identical series for the same seed and different ones for another", () => {
    const a = timeline(helmUpgrade(3, 5));
    const b = timeline(helmUpgrade(3, 5));
    const c = timeline(helmUpgrade(3, 5, { reconnect: { ratePerMinute: 0.5, seed: 9 } }));
    expect(b).toEqual(a);
    expect(at(c, 10)).not.toEqual(at(a, 10));
  });
});

describe("timeline of kubectl scale", () => {
  const scale = (from: number, to: number, hostFormat: HostFormat) =>
    timeline({
      ...helmUpgrade(from, to),
      cluster: openimInstall({ replicas: from, hostFormat }),
      change: "kubectl-scale",
      events: [{ kind: "gateway", at: 3 }],
      duration: 1000,
      steps: 11,
    });

  it.each<HostFormat>(["with-port", "without-port"])(
    "should leave users hashed to pods 3 and 4 unreachable for good after 5 -> 3 (%s)",
    (hostFormat) => {
      const series = scale(5, 3, hostFormat);
      const drifted = withReplicas(openimInstall({ replicas: 5, hostFormat }), 3, "gateway");
      const routing = new ClusterRouting(drifted);
      const lost = syntheticUsers(3000, 5).filter((id) => {
        const { connect, deliver } = routing.route(id);
        return connect >= 3 || deliver >= 3;
      }).length;
      expect(lost).toBeGreaterThan(0);
      for (const point of series.points.filter((p) => p.t >= 3)) {
        expect(point.disconnected + point.dropped).toBe(lost);
      }
      const { summary } = analyze(routing, KEYS);
      expect(series.points.at(-1)).toMatchObject({
        delivered: summary.delivered,
        misrouted: summary.misrouted,
        disconnected: summary.cannotConnect,
        dropped: summary.dropped,
      });
    },
  );

  it("should change nothing for anyone when scaling up without the env", () => {
    const series = scale(3, 5, "without-port");
    const first = series.points[0] as TimelinePoint;
    expect(first.misrouted).toBeGreaterThan(0);
    for (const point of series.points) expect({ ...point, t: 0 }).toEqual(first);
  });
});

describe("timeline counts", () => {
  const inputs: [string, TimelineInput][] = [
    ["helm 3 -> 5", helmUpgrade(3, 5)],
    [
      "helm 5 -> 1, all at once",
      helmUpgrade(5, 1, {
        events: [
          { kind: "push", at: 1 },
          { kind: "gateway", at: 1 },
          { kind: "proxy", at: 1 },
        ],
      }),
    ],
    [
      "helm 4 -> 6, proxy never restarts",
      helmUpgrade(4, 6, {
        events: [
          { kind: "gateway", at: 1 },
          { kind: "push", at: 2 },
        ],
      }),
    ],
    ["dashed release", helmUpgrade(3, 5, { cluster: openimInstall({ release: "open-im" }) })],
  ];

  it.each(inputs)("should sum to the users at every sample: %s", (_, input) => {
    const { withoutPort, withPort } = timelineComparison(input);
    for (const series of [withoutPort, withPort]) {
      expect(series.points).toHaveLength(input.steps);
      for (const p of series.points) {
        expect(p.delivered + p.misrouted + p.disconnected + p.dropped).toBe(3000);
      }
    }
  });

  it("should route 100,000 users over 120 samples, every sample summing to the users", () => {
    const keys = HashedKeys.from(syntheticUsers(100_000, 8));
    const { withPort } = timelineComparison({ ...helmUpgrade(3, 5), keys, steps: 120 });
    expect(withPort.points).toHaveLength(120);
    for (const p of withPort.points) {
      expect(p.delivered + p.misrouted + p.disconnected + p.dropped).toBe(100_000);
    }
    expect(withPort.points.at(-1)?.delivered).toBeGreaterThan(99_000);
  });
});
