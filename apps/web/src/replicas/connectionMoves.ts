import { HashedKeys } from "@ringside/hashring";
import { CIRCLE, type Cluster, ClusterRouting, syntheticUsers } from "@ringside/openim";

/** Synthetic sets up to this size are regenerated here and counted in full. */
export const LOCAL_USER_LIMIT = 200_000;

let cached: { count: number; seed: number; keys: HashedKeys } | undefined;

/** The hashed IDs of a synthetic set: the same generator as the server's, so the same users. */
export function syntheticKeys(count: number, seed: number): HashedKeys {
  if (cached?.count !== count || cached.seed !== seed) {
    cached = { count, seed, keys: HashedKeys.from(syntheticUsers(count, seed)) };
  }
  return cached.keys;
}

/**
 * How many of these users hold their websocket on another pod after the change. Counted per
 * stretch of the circle between positions of either proxy ring, not user by user: within one
 * stretch both rings pick one target each, so a stretch's users all move or all stay.
 */
export function connectionMoves(before: Cluster, after: Cluster, keys: HashedKeys): number {
  const a = new ClusterRouting(before);
  const b = new ClusterRouting(after);
  const cuts = new Set<number>();
  for (const hash of a.proxy.ring.sortedHashes) cuts.add(hash);
  for (const hash of b.proxy.ring.sortedHashes) cuts.add(hash);
  const bounds = Float64Array.from(cuts).sort();
  const first = bounds[0];
  if (first === undefined) return 0;

  // a hash in [start, end) goes to the first position above start on either ring
  const inRange = (start: number, end: number) => keys.countBelow(end) - keys.countBelow(start);
  let moved = 0;
  for (let i = 0; i < bounds.length; i++) {
    const start = bounds[i] as number;
    if (a.connectOf(start) === b.connectOf(start)) continue;
    const end = bounds[i + 1];
    // the last stretch wraps past the top of the circle
    moved += end === undefined ? inRange(start, CIRCLE) + inRange(0, first) : inRange(start, end);
  }
  return moved;
}
