import type { ConsistentHashRing } from "@ringside/hashring";
import type { ClusterRouting } from "./ClusterRouting.js";

/** 2^32: the length of the circle. */
export const CIRCLE = 2 ** 32;

/**
 * A stretch of the circle on which both rings agree with themselves: every hash in
 * `[start, end)` connects to `connect` and is delivered to `deliver`. The last segment wraps:
 * its `end` is the first boundary plus 2^32.
 */
export interface Segment {
  readonly start: number;
  readonly end: number;
  readonly connect: number;
  readonly deliver: number;
  /** Index into OUTCOMES. */
  readonly outcome: number;
}

/**
 * Cuts the circle at every position of both rings. A user's route depends only on which
 * segment its hash falls in, so counting users per segment answers every summary question
 * without routing users one by one.
 */
export function segmentsOf(routing: ClusterRouting): Segment[] {
  const cuts = new Set<number>();
  for (const h of routing.proxy.ring.sortedHashes) cuts.add(h);
  for (const h of routing.push.ring.sortedHashes) cuts.add(h);
  const bounds = Float64Array.from(cuts).sort();

  const at = (start: number, end: number): Segment => {
    const connect = routing.connectOf(start);
    const deliver = routing.deliverOf(start);
    return { start, end, connect, deliver, outcome: routing.outcomeCode(connect, deliver) };
  };
  if (bounds.length === 0) return [at(0, CIRCLE)];

  const segments: Segment[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    segments.push(at(bounds[i] as number, bounds[i + 1] as number));
  }
  const last = bounds[bounds.length - 1] as number;
  segments.push(at(last, (bounds[0] as number) + CIRCLE));
  return segments;
}

/**
 * The share of the circle each ring member owns, by member index. Position `k` catches the
 * hashes from the position before it up to itself, so it owns that arc.
 */
export function arcShares(ring: ConsistentHashRing): Float64Array {
  const shares = new Float64Array(ring.members().length);
  const hashes = ring.sortedHashes;
  const owners = ring.ownerIndexes;
  for (let k = 0; k < hashes.length; k++) {
    const previous = k === 0 ? (hashes[hashes.length - 1] as number) - CIRCLE : hashes[k - 1];
    const owner = owners[k] as number;
    shares[owner] =
      (shares[owner] as number) + ((hashes[k] as number) - (previous as number)) / CIRCLE;
  }
  return shares;
}
