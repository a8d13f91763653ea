import type { Users } from "@ringside/api-schema";
import { syntheticUsers } from "@ringside/openim";
import { HttpError } from "../http/HttpError.js";
import type { Store } from "../store/Store.js";
import { LruCache } from "./LruCache.js";
import { type UserKeys, userKeysFromHashes, userKeysOf } from "./UserKeys.js";

/** Users kept hashed in memory, per cache: a few million IDs at most. */
export const CACHED_USERS = 4_000_000;

/**
 * Turns the `users` of a request into hashed keys. Synthetic and uploaded sets are hashed (or
 * read) once and kept, so moving a slider does not hash a million IDs again.
 *
 * Not yet: a set is built on the request thread, so the first request for a million synthetic
 * users holds the server for about 3 s (matters when several people open large sets at once).
 */
export class UserSource {
  readonly #synthetic = new LruCache<UserKeys>(CACHED_USERS);
  readonly #uploaded = new LruCache<UserKeys>(CACHED_USERS);

  constructor(readonly store: Store) {}

  /** The keys of `users`; 404 for an unknown uploaded set. */
  resolve(users: Users, path = "users"): UserKeys {
    if ("ids" in users) return userKeysOf(users.ids);

    if ("synthetic" in users) {
      const { count, seed } = users.synthetic;
      const key = `${count}:${seed}`;
      let keys = this.#synthetic.get(key);
      if (!keys) {
        keys = userKeysOf(syntheticUsers(count, seed));
        this.#synthetic.set(key, keys, count);
      }
      return keys;
    }

    let keys = this.#uploaded.get(users.setId);
    if (!keys) {
      const set = this.store.userSet(users.setId);
      if (!set) throw unknownSet(users.setId, `${path}.setId`);
      keys = userKeysFromHashes(set.ids, set.hashes);
      this.#uploaded.set(users.setId, keys, set.ids.length);
    }
    return keys;
  }

  /** Checks that `users` can be resolved, without hashing anything. */
  check(users: Users, path = "users"): void {
    if ("setId" in users && !this.store.userSetMeta(users.setId)) {
      throw unknownSet(users.setId, `${path}.setId`);
    }
  }
}

function unknownSet(id: string, path: string): HttpError {
  const message = `No user set ${id}: upload one with POST /api/v1/user-sets`;
  return new HttpError("not_found", message, [{ path, message }]);
}
