import { HashedKeys } from "@ringside/hashring";

/** A user set ready to route: the IDs in set order and their hashes, computed once. */
export interface UserKeys {
  readonly ids: readonly string[];
  readonly keys: HashedKeys;
}

/** Hashes `ids` once, for any number of analyses. */
export function userKeysOf(ids: readonly string[]): UserKeys {
  return { ids, keys: HashedKeys.from(ids) };
}

/** Wraps IDs whose hashes were stored with them. */
export function userKeysFromHashes(ids: readonly string[], hashes: Uint32Array): UserKeys {
  return { ids, keys: HashedKeys.fromHashes(hashes) };
}
