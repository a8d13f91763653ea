import type { ClusterRouting, SideRouting } from "./ClusterRouting.js";

/** One position of a ring as drawn: where it sits and which host (by Add order) owns it. */
export interface LayoutPoint {
  hash: number;
  /** Index of the owner in the side's `hosts`. */
  member: number;
  /** Which of the owner's 20 virtual nodes sits here. */
  replica: number;
}

/** One side's ring, flat enough to send or draw: hosts, positions and where each host points. */
export interface SideLayout {
  hosts: string[];
  ring: LayoutPoint[];
  /** Target index of each host. */
  targets: number[];
}

/** Both rings of a cluster and the targets they point to. */
export interface RingLayout {
  targets: { name: string; exists: boolean }[];
  push: SideLayout;
  proxy: SideLayout;
  fanOut: boolean;
}

/**
 * Both rings of `routing` as plain data: every position ascending with its owner. A few hundred
 * positions at most per ring, so the browser can build this itself as fast as it can ask.
 */
export function ringLayout(routing: ClusterRouting): RingLayout {
  return {
    targets: routing.targets.map(({ name, exists }) => ({ name, exists })),
    push: sideLayout(routing.push),
    proxy: sideLayout(routing.proxy),
    fanOut: routing.fanOut,
  };
}

function sideLayout(side: SideRouting): SideLayout {
  const { ring } = side;
  const points = Array.from(ring.sortedHashes, (hash, k) => ({
    hash,
    // hosts are distinct and added in order, so a member's index is its host's index
    member: ring.ownerIndexes[k] as number,
    replica: ring.pointAt(k)?.replica ?? 0,
  }));
  return { hosts: [...side.hosts], ring: points, targets: Array.from(side.targetOfMember) };
}
