import { describe, expect, it } from "vitest";
import {
  emptyTimelinePath,
  NO_POD,
  type PathContext,
  type TimelineEvent,
  timelinePath,
} from "../src/index.js";

/** One user's path, with its picks given by hand as pod ordinals. */
function pathOf(options: {
  events: TimelineEvent[];
  before: number;
  after: number;
  proxyBefore: number;
  proxyAfter: number;
  delay?: number;
}): [number, number][] {
  const context: PathContext = {
    events: options.events,
    replicasBefore: options.before,
    replicasAfter: options.after,
    picks: {
      proxyBefore: Int32Array.of(options.proxyBefore),
      proxyAfter: Int32Array.of(options.proxyAfter),
      pushBefore: Int32Array.of(0),
      pushAfter: Int32Array.of(0),
      fanOut: false,
    },
    delays: Float64Array.of(options.delay ?? 1.5),
  };
  const out = emptyTimelinePath(options.events.length);
  timelinePath(context, 0, out);
  return Array.from({ length: out.length }, (_, j) => [
    out.times[j] as number,
    out.pods[j] as number,
  ]);
}

const HELM: TimelineEvent[] = [
  { kind: "gateway", at: 1 },
  { kind: "push", at: 2 },
  { kind: "proxy", at: 4 },
];

describe("timelinePath", () => {
  it("should keep a user on its pod through a scale-up until the proxy drops it", () => {
    expect(pathOf({ events: HELM, before: 3, after: 5, proxyBefore: 1, proxyAfter: 4 })).toEqual([
      [-Infinity, 1],
      [4, NO_POD],
      [5.5, 4],
    ]);
  });

  it("should reconnect at once, through the old ring, a user whose pod is removed", () => {
    // The old ring still picks the removed pod 4: the user cannot connect until the proxy
    // restarts, and then connects at once because it held no websocket to lose.
    expect(pathOf({ events: HELM, before: 5, after: 3, proxyBefore: 4, proxyAfter: 2 })).toEqual([
      [-Infinity, 4],
      [1, NO_POD],
      [4, 2],
    ]);
  });

  it("should connect a trying user when the StatefulSet creates its pod", () => {
    const events: TimelineEvent[] = [
      { kind: "proxy", at: 1 },
      { kind: "gateway", at: 6 },
    ];
    expect(pathOf({ events, before: 3, after: 5, proxyBefore: 0, proxyAfter: 3 })).toEqual([
      [-Infinity, 0],
      [1, NO_POD],
      [6, 3],
    ]);
  });

  it("should keep a user that never had a pod trying for good when nothing gives it one", () => {
    const events: TimelineEvent[] = [{ kind: "gateway", at: 1 }];
    expect(
      pathOf({ events, before: 5, after: 3, proxyBefore: NO_POD, proxyAfter: NO_POD }),
    ).toEqual([[-Infinity, NO_POD]]);
  });

  it("should apply events at the same minute in the order given", () => {
    // Proxy, then StatefulSet, both at 2: the user's websocket drops first, so the removal of
    // its pod changes nothing, and it comes back after its delay.
    const proxyFirst: TimelineEvent[] = [
      { kind: "proxy", at: 2 },
      { kind: "gateway", at: 2 },
    ];
    expect(
      pathOf({ events: proxyFirst, before: 5, after: 3, proxyBefore: 4, proxyAfter: 1, delay: 3 }),
    ).toEqual([
      [-Infinity, 4],
      [2, NO_POD],
      [5, 1],
    ]);
    // StatefulSet first: the user was trying when the proxy restarted, so it connects at once.
    expect(
      pathOf({
        events: [...proxyFirst].reverse(),
        before: 5,
        after: 3,
        proxyBefore: 4,
        proxyAfter: 1,
        delay: 3,
      }),
    ).toEqual([
      [-Infinity, 4],
      [2, NO_POD],
      [2, 1],
    ]);
  });

  it("should bring a user with a zero delay back at the minute of the restart", () => {
    // Both entries share minute 4; a sample at 4 reads the later one, so no sample sees a gap.
    expect(
      pathOf({ events: HELM, before: 3, after: 3, proxyBefore: 2, proxyAfter: 2, delay: 0 }),
    ).toEqual([
      [-Infinity, 2],
      [4, NO_POD],
      [4, 2],
    ]);
  });
});
