import type { HashedKeys } from "@ringside/hashring";
import { analyze, type OutcomeCounts } from "./analyze.js";
import { ClusterRouting } from "./ClusterRouting.js";
import type { Cluster } from "./cluster.js";
import { type ScaleScope, withReplicas } from "./scale.js";

/** The outcome counts at one replica count of a sweep. */
export interface SweepPoint extends OutcomeCounts {
  replicas: number;
}

export interface SweepOptions {
  from: number;
  to: number;
  scope?: ScaleScope;
}

/**
 * Outcome counts for every replica count from `from` to `to`, scaling what `scope` touches.
 * Each point costs two small rings and a count per ring segment, not a lookup per user.
 */
export function sweep(cluster: Cluster, keys: HashedKeys, options: SweepOptions): SweepPoint[] {
  const points: SweepPoint[] = [];
  for (let replicas = options.from; replicas <= options.to; replicas++) {
    const routing = new ClusterRouting(withReplicas(cluster, replicas, options.scope));
    points.push({ replicas, ...analyze(routing, keys).summary });
  }
  return points;
}
