import { describe, expect, it } from "vitest";
import type { Segment } from "../src/rings/boundaries.js";
import { PALETTE_SIZE, podColor, podFill } from "../src/rings/palette.js";
import { separatorsOf } from "../src/rings/separators.js";

/** Arcs of `targets` in turn around the circle, each 100 positions long. */
function ring(...targets: number[]): Segment[] {
  return targets.map((target, i) => ({ start: i * 100, end: (i + 1) * 100, target }));
}

const colourOf = (target: number) => podColor(target);

describe("separatorsOf", () => {
  it("should repeat the palette every PALETTE_SIZE pods", () => {
    expect(podColor(PALETTE_SIZE)).toBe(podColor(0));
    expect(podColor(PALETTE_SIZE + 3)).toBe(podColor(3));
    expect(podColor(1)).not.toBe(podColor(0));
  });

  it("should part neighbouring arcs of two pods that share a colour", () => {
    const separators = separatorsOf(ring(0, PALETTE_SIZE, 1), colourOf);
    expect(separators).toEqual([{ hash: 100, before: 0, after: PALETTE_SIZE }]);
  });

  it("should leave arcs of different colours to show their own edge", () => {
    expect(separatorsOf(ring(0, 1, 2, 3, 4, 5, 6), colourOf)).toEqual([]);
  });

  it("should look across the top of the circle, from the last arc to the first", () => {
    const separators = separatorsOf(ring(PALETTE_SIZE, 1, 0), colourOf);
    expect(separators).toEqual([{ hash: 0, before: 0, after: PALETTE_SIZE }]);
  });

  it("should part two hosts without a pod, both hatched", () => {
    const exists = [true, false, false];
    const fill = (target: number) => podFill(exists[target] ?? false, target);
    expect(separatorsOf(ring(0, 1, 2), fill)).toEqual([{ hash: 200, before: 1, after: 2 }]);
  });

  it("should draw none on a ring of one arc", () => {
    expect(separatorsOf(ring(3), colourOf)).toEqual([]);
    expect(separatorsOf([], colourOf)).toEqual([]);
  });
});
