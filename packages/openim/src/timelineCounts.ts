import { emptyTimelinePath, type PathContext, timelinePath } from "./timelinePath.js";
import { NO_POD } from "./timelinePicks.js";
import type { TimelineSchedule } from "./timelineSchedule.js";

/**
 * What a message to one online user meets at one moment: `delivered` in real time;
 * `misrouted`, push sends to an existing pod other than the user's; `disconnected`, the user
 * holds no websocket (it was dropped, or its pick is a pod that does not exist); `dropped`,
 * the user is connected but push's pick is a pod that does not exist, so the RPC fails.
 */
export type TimelineOutcome = "delivered" | "misrouted" | "disconnected" | "dropped";

/** Outcomes in the order their codes use; the same order as OUTCOMES. */
export const TIMELINE_OUTCOMES: readonly TimelineOutcome[] = [
  "delivered",
  "misrouted",
  "disconnected",
  "dropped",
];

const DELIVERED = 0;
const MISROUTED = 1;
const DISCONNECTED = 2;
const DROPPED = 3;
const KINDS = 4;

/** How many users meet each outcome at minute `t`; the four counts sum to the users. */
export interface TimelinePoint {
  t: number;
  delivered: number;
  misrouted: number;
  disconnected: number;
  dropped: number;
}

/**
 * Counts the outcome of every user at every sample. A user's outcome changes only when its
 * connection, push's ring or the set of pods changes, a handful of times per timeline, so each
 * user adds one count per stretch of samples with the same outcome, not one per sample: the
 * cost is O(users x events x log steps), whatever the number of steps.
 */
export function timelineCounts(
  context: PathContext,
  schedule: TimelineSchedule,
  users: number,
): TimelinePoint[] {
  const { times, at } = schedule;
  const { picks, replicasBefore, replicasAfter } = context;
  const steps = times.length;
  const pushAt = picks.fanOut ? Infinity : at.push;

  // starts[k * KINDS + code] - ends: how many users enter and leave `code` at sample k.
  const edges = new Int32Array((steps + 1) * KINDS);
  const path = emptyTimelinePath(schedule.events.length);
  for (let user = 0; user < users; user++) {
    timelinePath(context, user, path);
    const pathTimes = path.times;
    const pathPods = path.pods;
    const pushBefore = picks.pushBefore[user] as number;
    const pushAfter = picks.pushAfter[user] as number;
    let j = 0;
    let k = 0;
    while (k < steps) {
      const t = times[k] as number;
      while (j + 1 < path.length && (pathTimes[j + 1] as number) <= t) j++;

      const pod = pathPods[j] as number;
      const pods = t >= at.gateway ? replicasAfter : replicasBefore;
      const deliver = picks.fanOut ? pod : t >= pushAt ? pushAfter : pushBefore;
      let code = pod === deliver ? DELIVERED : MISROUTED;
      if (pod === NO_POD) code = DISCONNECTED;
      else if (deliver === NO_POD || deliver >= pods) code = DROPPED;

      // The outcome holds until the next change of any of the three after t.
      let change = j + 1 < path.length ? (pathTimes[j + 1] as number) : Infinity;
      if (at.gateway > t && at.gateway < change) change = at.gateway;
      if (pushAt > t && pushAt < change) change = pushAt;
      const until = firstSampleFrom(times, change, k + 1);
      edges[k * KINDS + code] = (edges[k * KINDS + code] as number) + 1;
      edges[until * KINDS + code] = (edges[until * KINDS + code] as number) - 1;
      k = until;
    }
  }

  const running = [0, 0, 0, 0];
  return Array.from(times, (t, k) => {
    for (let code = 0; code < KINDS; code++) {
      running[code] = (running[code] as number) + (edges[k * KINDS + code] as number);
    }
    const [delivered = 0, misrouted = 0, disconnected = 0, dropped = 0] = running;
    return { t, delivered, misrouted, disconnected, dropped };
  });
}

/** The first sample index from `lo` on whose time is at least `time`; `times.length` if none. */
function firstSampleFrom(times: Float64Array, time: number, lo: number): number {
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((times[mid] as number) < time) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
