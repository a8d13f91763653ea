import type { HashedKeys } from "@ringside/hashring";
import type { ClusterRouting } from "./ClusterRouting.js";
import { CIRCLE, segmentsOf } from "./segments.js";

/** Every user's route, by user index in the set. */
export interface Routes {
  /** Connection target per user (NO_TARGET is -1). */
  readonly connect: Int32Array;
  /** Delivery target per user. */
  readonly deliver: Int32Array;
  /** Outcome code per user: an index into OUTCOMES. */
  readonly outcome: Uint8Array;
}

/**
 * Routes every user of `keys`: one pass over the users in hash order beside the segments of
 * the circle, O(users + positions), with no lookup per user.
 */
export function routeAll(routing: ClusterRouting, keys: HashedKeys): Routes {
  const n = keys.size;
  const routes: Routes = {
    connect: new Int32Array(n),
    deliver: new Int32Array(n),
    outcome: new Uint8Array(n),
  };
  const segments = segmentsOf(routing);
  const wrap = segments[segments.length - 1];
  if (wrap === undefined) return routes;

  let s = 0;
  for (let k = 0; k < n; k++) {
    const hash = keys.sorted[k] as number;
    while (s < segments.length - 1 && hash >= (segments[s] as { end: number }).end) s++;
    // Below the first cut, or at or past the last one, a hash is in the wrapping segment.
    const first = segments[0] as { start: number };
    const segment = hash < first.start && wrap.end > CIRCLE ? wrap : (segments[s] ?? wrap);
    const user = keys.order[k] as number;
    routes.connect[user] = segment.connect;
    routes.deliver[user] = segment.deliver;
    routes.outcome[user] = segment.outcome;
  }
  return routes;
}
