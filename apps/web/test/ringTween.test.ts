import { describe, expect, it } from "vitest";
import type { Boundary } from "../src/rings/boundaries.js";
import { planTween } from "../src/rings/ringTween.js";

const b = (hash: number, target: number): Boundary => ({ hash, target });

describe("planTween", () => {
  const from = [b(100, 0), b(1_000, 1), b(5_000, 0)];
  const to = [b(100, 0), b(600, 2), b(1_000, 1), b(5_000, 0)];

  it("should start where the old ring was drawn and end on the new ring", () => {
    const plan = planTween(from, to);
    if (!plan) throw new Error("rings sharing positions should tween");
    // the new position starts on top of the one before it: its arc has no length yet
    expect(plan(0)).toEqual([b(100, 0), b(100, 2), b(1_000, 1), b(5_000, 0)]);
    expect(plan(1)).toEqual(to);
  });

  it("should move a new position part of the way at half time", () => {
    const plan = planTween(from, to);
    expect(plan?.(0.5).map((x) => x.hash)).toEqual([100, 350, 1_000, 5_000]);
  });

  it("should shrink a removed position into the one before it and then drop it", () => {
    const plan = planTween(to, from);
    expect(plan?.(0.5).map((x) => x.hash)).toEqual([100, 350, 1_000, 5_000]);
    expect(plan?.(1)).toEqual(from);
  });

  it("should give up when the rings share no position", () => {
    expect(planTween([b(1, 0)], [b(2, 0)])).toBeNull();
  });
});
