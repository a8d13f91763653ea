import type { HashedKeys } from "@ringside/hashring";
import { type ClusterRouting, NO_TARGET, OUTCOMES, type Outcome } from "./ClusterRouting.js";
import { arcShares, CIRCLE, type Segment, segmentsOf } from "./segments.js";

/** How many users end in each outcome. */
export interface OutcomeCounts {
  users: number;
  delivered: number;
  misrouted: number;
  cannotConnect: number;
  dropped: number;
}

/** One target's share of each ring and of the users. */
export interface TargetLoad {
  target: number;
  /** Users whose websocket the proxy sends to this target. */
  proxyUsers: number;
  /** Users whose messages push sends to this target. */
  pushUsers: number;
  /** Share of the circle, 0 to 1, the proxy's ring gives this target. */
  proxyArcShare: number;
  /** Share of the circle push's ring gives this target; 0 with fan-out. */
  pushArcShare: number;
}

/** Users who connect to `connect` and are delivered to `deliver` (NO_TARGET is -1). */
export interface MatrixCell {
  connect: number;
  deliver: number;
  users: number;
}

/** Every count the dashboard shows for one cluster and one user set. */
export interface Analysis {
  summary: OutcomeCounts;
  loads: TargetLoad[];
  /** The connection x delivery matrix, non-empty cells only, row by row. */
  matrix: MatrixCell[];
}

/** Counts users per outcome, per target and per matrix cell, in O(positions x log users). */
export function analyze(routing: ClusterRouting, keys: HashedKeys): Analysis {
  const summary = emptyCounts();
  summary.users = keys.size;
  const loads = routing.targets.map((_, target) => ({
    target,
    proxyUsers: 0,
    pushUsers: 0,
    proxyArcShare: 0,
    pushArcShare: 0,
  }));
  const cells = new Map<string, MatrixCell>();

  for (const segment of segmentsOf(routing)) {
    const users = usersIn(segment, keys);
    if (users === 0) continue;
    const outcome = OUTCOMES[segment.outcome] as Outcome;
    summary[outcome] += users;
    const { connect, deliver } = segment;
    if (connect !== NO_TARGET) (loads[connect] as TargetLoad).proxyUsers += users;
    if (deliver !== NO_TARGET) (loads[deliver] as TargetLoad).pushUsers += users;
    const key = `${connect}:${deliver}`;
    const cell = cells.get(key);
    if (cell) cell.users += users;
    else cells.set(key, { connect, deliver, users });
  }

  addArcShares(loads, routing.proxy.ring, routing.proxy.targetOfMember, "proxyArcShare");
  addArcShares(loads, routing.push.ring, routing.push.targetOfMember, "pushArcShare");
  const matrix = [...cells.values()].sort((a, b) => a.connect - b.connect || a.deliver - b.deliver);
  return { summary, loads, matrix };
}

/** Zero users in every outcome. */
export function emptyCounts(): OutcomeCounts {
  return { users: 0, delivered: 0, misrouted: 0, cannotConnect: 0, dropped: 0 };
}

/** How many keys hash into the segment (the wrapping one included). */
export function usersIn(segment: Segment, keys: HashedKeys): number {
  if (segment.end <= CIRCLE) return keys.countBelow(segment.end) - keys.countBelow(segment.start);
  return keys.size - keys.countBelow(segment.start) + keys.countBelow(segment.end - CIRCLE);
}

function addArcShares(
  loads: TargetLoad[],
  ring: Parameters<typeof arcShares>[0],
  targetOfMember: Int32Array,
  field: "proxyArcShare" | "pushArcShare",
): void {
  arcShares(ring).forEach((share, member) => {
    const load = loads[targetOfMember[member] as number];
    if (load) load[field] += share;
  });
}
