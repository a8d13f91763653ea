import type { HostFormat } from "./cluster.js";
import { withReplicas } from "./scale.js";
import { type TimelinePoint, timelineCounts } from "./timelineCounts.js";
import { timelineDelays } from "./timelineDelays.js";
import type { TimelineChange, TimelineEvent, TimelineInput } from "./timelineInput.js";
import type { PathContext } from "./timelinePath.js";
import { timelinePicks } from "./timelinePicks.js";
import { timelineSchedule } from "./timelineSchedule.js";

/** The outcomes of every user over a change, for one proxy host format. */
export interface Timeline {
  hostFormat: HostFormat;
  change: TimelineChange;
  /** StatefulSet replicas before and after the change. */
  from: number;
  to: number;
  users: number;
  /** Every event, by time, including those after the last sample (a chart clips them). */
  marks: TimelineEvent[];
  points: TimelinePoint[];
}

/**
 * Follows every user through a scale change: where it is connected (sticky until it
 * reconnects, see timelinePath) and where push sends its messages (push's ring in force at that
 * minute), sampled `steps` times. The state after everything that happens at minute `t` is what
 * the sample at `t` shows. Pure and deterministic; the proxy host format is the cluster's.
 *
 * Each user's picks come from two routeAll passes, not ring lookups, and each user is counted
 * once per stretch of samples with one outcome (timelineCounts): 100,000 users over 120
 * samples take about 50 ms in Node 20 on a 2-core machine.
 *
 * Not yet: a million users take about 0.8 s per host format, mostly in the per-user paths
 * (matters when a server answers timelines for large uploaded sets on its request thread).
 *
 * @example
 * const { points } = timeline(input);
 * points.at(-1)?.misrouted; // users still misrouted at the last sample
 */
export function timeline(input: TimelineInput): Timeline {
  const schedule = timelineSchedule(input);
  const { cluster, replicas, change, keys } = input;
  const after = withReplicas(cluster, replicas, change === "helm-upgrade" ? "all" : "gateway");
  const picks = timelinePicks(cluster, after, keys);
  const context: PathContext = {
    events: schedule.events,
    replicasBefore: cluster.gateway.replicas,
    replicasAfter: replicas,
    picks,
    delays: timelineDelays(keys.size, input.reconnect.ratePerMinute, input.reconnect.seed),
  };

  const points = timelineCounts(context, schedule, keys.size);
  return {
    hostFormat: cluster.proxy.hostFormat,
    change,
    from: cluster.gateway.replicas,
    to: replicas,
    users: keys.size,
    marks: schedule.events,
    points,
  };
}
