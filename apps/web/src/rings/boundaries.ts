import type { Analysis } from "@ringside/api-schema";

/** Positions on the 32-bit circle. */
export const CIRCLE = 2 ** 32;

/** One ring position and the target whose arc ends there. */
export interface Boundary {
  hash: number;
  target: number;
}

/** An arc of one target, in hash units; `start` may be negative when it wraps past the top. */
export interface Segment {
  start: number;
  end: number;
  target: number;
}

/** A side's ring positions, ascending, each with the target its member points to. */
export function boundariesOf(side: Analysis["push"]): Boundary[] {
  const out = side.ring.map((point) => ({
    hash: point.hash,
    target: side.targets[point.member] ?? -1,
  }));
  return out.sort((a, b) => a.hash - b.hash);
}

/**
 * The arcs between positions, neighbours of one target merged. A key hashing into
 * `[previous, position)` belongs to the position's member: Go's search is strictly greater.
 */
export function segmentsOf(boundaries: readonly Boundary[]): Segment[] {
  const last = boundaries[boundaries.length - 1];
  if (!last) return [];
  const out: Segment[] = [];
  let start = last.hash - CIRCLE;
  for (const { hash, target } of boundaries) {
    const previous = out[out.length - 1];
    if (previous && previous.target === target) previous.end = hash;
    else out.push({ start, end: hash, target });
    start = hash;
  }

  // the arc that wraps past the top joins the last one when both are the same target
  const first = out[0];
  const final = out[out.length - 1];
  if (out.length > 1 && first && final && first.target === final.target) {
    first.start = final.start - CIRCLE;
    out.pop();
  }
  return out;
}

/** Radians clockwise from the top, as d3-shape's arc expects. */
export function angleOf(hash: number): number {
  return (hash / CIRCLE) * 2 * Math.PI;
}
