import type { Analysis } from "@ringside/api-schema";
import { type Cluster, ClusterRouting, type SideRouting } from "@ringside/openim";

/** What the rings draw: both sides' positions and the targets they point to. */
export type Rings = Pick<Analysis, "targets" | "push" | "proxy" | "fanOut">;

/**
 * Both rings of a cluster, built here rather than asked for: a few hundred positions cost far
 * less than a round trip, so the rings follow the slider at once. Same shape as the analysis.
 */
export function ringsOf(cluster: Cluster): Rings {
  const routing = new ClusterRouting(cluster);
  return {
    targets: routing.targets.map(({ name, exists }) => ({ name, exists })),
    push: sideOf(routing.push),
    proxy: sideOf(routing.proxy),
    fanOut: routing.fanOut,
  };
}

function sideOf(side: SideRouting): Analysis["push"] {
  const { ring } = side;
  const points = Array.from(ring.sortedHashes, (hash, k) => ({
    hash,
    // members are added in host order and hosts are distinct: member index = host index
    member: ring.ownerIndexes[k] as number,
    replica: ring.pointAt(k)?.replica ?? 0,
  }));
  return { hosts: [...side.hosts], ring: points, targets: Array.from(side.targetOfMember) };
}
