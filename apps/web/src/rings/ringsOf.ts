import type { Analysis } from "@ringside/api-schema";
import { type Cluster, ClusterRouting, ringLayout } from "@ringside/openim";

/** What the rings draw: both sides' positions and the targets they point to. */
export type Rings = Pick<Analysis, "targets" | "push" | "proxy" | "fanOut">;

/**
 * Both rings of a cluster, built here rather than asked for: a few hundred positions cost far
 * less than a round trip, so the rings follow the slider at once. Same shape as the analysis.
 */
export function ringsOf(cluster: Cluster): Rings {
  return ringLayout(new ClusterRouting(cluster));
}
