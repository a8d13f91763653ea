import { HashedKeys } from "@ringside/hashring";
import { type Cluster, scaleChange, syntheticUsers } from "@ringside/openim";

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

/** How many of these users hold their websocket on another pod after the change. */
export function connectionMoves(before: Cluster, after: Cluster, keys: HashedKeys): number {
  return scaleChange(before, after, keys).connectionMoved.length;
}
