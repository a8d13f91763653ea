import type { HashedKeys } from "@ringside/hashring";
import { ClusterRouting } from "./ClusterRouting.js";
import type { Cluster } from "./cluster.js";
import { routeAll } from "./routeAll.js";

/** What scaling from one cluster to another does to each user. */
export interface ScaleChange {
  /** Indexes of users whose connection target differs after the change. */
  connectionMoved: Uint32Array;
  misroutedBefore: number;
  misroutedAfter: number;
}

/** Compares every user's route before and after a change (a replica count, say). */
export function scaleChange(before: Cluster, after: Cluster, keys: HashedKeys): ScaleChange {
  const a = routeAll(new ClusterRouting(before), keys);
  const b = routeAll(new ClusterRouting(after), keys);
  const moved: number[] = [];
  let misroutedBefore = 0;
  let misroutedAfter = 0;
  for (let i = 0; i < keys.size; i++) {
    if (a.connect[i] !== b.connect[i]) moved.push(i);
    if (a.outcome[i] === 1) misroutedBefore++;
    if (b.outcome[i] === 1) misroutedAfter++;
  }
  return { connectionMoved: Uint32Array.from(moved), misroutedBefore, misroutedAfter };
}
