import { HashedKeys } from "@ringside/hashring";
import { describe, expect, it } from "vitest";
import {
  openimInstall,
  type TimelineInput,
  timelineDelays,
  timelineSchedule,
} from "../src/index.js";

function input(over: Partial<TimelineInput> = {}): TimelineInput {
  return {
    cluster: openimInstall({ replicas: 3 }),
    replicas: 5,
    change: "helm-upgrade",
    events: [
      { kind: "proxy", at: 6 },
      { kind: "gateway", at: 0 },
      { kind: "push", at: 6 },
    ],
    reconnect: { ratePerMinute: 1, seed: 0 },
    duration: 10,
    steps: 5,
    keys: HashedKeys.from(["imAdmin"]),
    ...over,
  };
}

describe("timelineSchedule", () => {
  it("should order events by time and keep the given order at equal times", () => {
    const { events, at } = timelineSchedule(input());
    expect(events).toEqual([
      { kind: "gateway", at: 0 },
      { kind: "proxy", at: 6 },
      { kind: "push", at: 6 },
    ]);
    expect(at).toEqual({ gateway: 0, push: 6, proxy: 6 });
  });

  it("should sample from 0 to the duration inclusive", () => {
    expect([...timelineSchedule(input()).times]).toEqual([0, 2.5, 5, 7.5, 10]);
  });

  it("should leave a step that is not listed at Infinity", () => {
    const { at } = timelineSchedule(
      input({ change: "kubectl-scale", events: [{ kind: "gateway", at: 3 }] }),
    );
    expect(at).toEqual({ gateway: 3, push: Infinity, proxy: Infinity });
  });

  it.each<[string, Partial<TimelineInput>, RegExp]>([
    ["a fractional replica count", { replicas: 2.5 }, /replicas/],
    ["a zero duration", { duration: 0 }, /duration/],
    ["a single step", { steps: 1 }, /steps/],
    ["a zero reconnect rate", { reconnect: { ratePerMinute: 0, seed: 0 } }, /ratePerMinute/],
    ["a negative event time", { events: [{ kind: "push", at: -1 }] }, /events\[\]\.at/],
    [
      "a step listed twice",
      {
        events: [
          { kind: "push", at: 1 },
          { kind: "push", at: 2 },
        ],
      },
      /"push" at most once/,
    ],
    [
      "a restart in a kubectl scale",
      { change: "kubectl-scale", events: [{ kind: "proxy", at: 1 }] },
      /kubectl-scale change takes only a "gateway" event/,
    ],
  ])("should refuse %s, naming the option", (_, over, message) => {
    expect(() => timelineSchedule(input(over))).toThrow(message);
    expect(() => timelineSchedule(input(over))).toThrow(RangeError);
  });
});

describe("timelineDelays", () => {
  it("should draw the same delays for the same seed and others for another", () => {
    expect(timelineDelays(50, 2, 7)).toEqual(timelineDelays(50, 2, 7));
    expect(timelineDelays(50, 2, 8)).not.toEqual(timelineDelays(50, 2, 7));
  });

  it("should draw the first delays of a seed as they always were", () => {
    // Pinned so that a change of generator or formula shows: the browser must draw these too.
    const first = Array.from(timelineDelays(3, 1, 42), (d) => Number(d.toFixed(9)));
    expect(first).toEqual(PINNED_SEED_42);
  });

  it("should give the first users ordinary delays for small seeds", () => {
    for (const seed of [0, 1, 2, 3]) {
      expect(timelineDelays(1, 1, seed)[0]).toBeLessThan(5);
    }
  });

  it("should draw exponential delays with mean 1 / rate", () => {
    const delays = timelineDelays(20_000, 4, 1);
    const mean = delays.reduce((a, b) => a + b, 0) / delays.length;
    expect(mean).toBeGreaterThan(0.24);
    expect(mean).toBeLessThan(0.26);
    // An exponential's median is ln 2 / rate.
    const median = [...delays].sort((a, b) => a - b)[10_000] as number;
    expect(median).toBeCloseTo(Math.LN2 / 4, 2);
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(0);
  });
});

const PINNED_SEED_42 = [1.503364146, 2.14053299, 0.024702083];
