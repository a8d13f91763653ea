import type { TimelineEvent } from "./timelineInput.js";
import { NO_POD, type TimelinePicks } from "./timelinePicks.js";

/**
 * The pod one user holds a websocket to over time: `pods[j]` from `times[j]` on, until the
 * next entry; NO_POD while disconnected. The first entry starts at `-Infinity`.
 */
export interface TimelinePath {
  times: Float64Array;
  pods: Int32Array;
  length: number;
}

/** What every user's path depends on, shared by all users of one timeline. */
export interface PathContext {
  /** Events in the order they apply. */
  events: readonly TimelineEvent[];
  /** StatefulSet replicas before and after the `gateway` event. */
  replicasBefore: number;
  replicasAfter: number;
  picks: TimelinePicks;
  /** Minutes each user waits after the proxy dropped its websocket. */
  delays: Float64Array;
}

/** A path buffer large enough for a timeline with `eventCount` events. */
export function emptyTimelinePath(eventCount: number): TimelinePath {
  // One entry for the start, at most one per event and one for the user's own reconnect.
  const capacity = eventCount + 2;
  return { times: new Float64Array(capacity), pods: new Int32Array(capacity), length: 0 };
}

/**
 * Writes into `out` the pods `user` is connected to over time. The rules, from how the
 * proxy and the gateway behave:
 *
 * - At the start every user is connected to its pick on the proxy's ring, or, when that pod
 *   does not exist, keeps trying to connect.
 * - The proxy picks a pod once per connection, so a connected user stays on its pod while
 *   push restarts or pods are added, whatever the rings say by then.
 * - When the StatefulSet removes a user's pod, the websocket closes and the client reconnects
 *   at once through the proxy ring in force at that moment.
 * - A proxy restart drops every websocket it carries (the websocket runs through the proxy
 *   process). Each of those clients comes back after its own delay, through the new ring.
 *   A client that was not connected holds no websocket to lose and keeps trying.
 * - A client that is trying connects as soon as its pick on the ring in force exists: at once,
 *   or when the StatefulSet adds that pod, or when a proxy restart gives it a pick that exists.
 *
 * Not yet: clients that reconnect on their own (network changes, app restarts) and retry
 * backoff (matters for timelines much longer than the reconnect delays).
 * Not yet: rollouts are instants; old and new push or proxy pods never serve side by side
 * (matters when a rollout of several replicas takes as long as the reconnect delays).
 */
export function timelinePath(context: PathContext, user: number, out: TimelinePath): void {
  const { events, picks } = context;
  let replicas = context.replicasBefore;
  let pick = picks.proxyBefore[user] as number;
  const exists = (pod: number) => pod !== NO_POD && pod < replicas;

  let pod = exists(pick) ? pick : NO_POD;
  let trying = pod === NO_POD;
  let reconnectAt = Infinity;
  out.times[0] = -Infinity;
  out.pods[0] = pod;
  out.length = 1;

  let next = 0;
  for (;;) {
    const event = events[next];
    const eventAt = event === undefined ? Infinity : event.at;
    if (eventAt === Infinity && reconnectAt === Infinity) break;

    // At equal times the shared event goes first: a delay of 0 reconnects after the restart.
    let now: number;
    if (event !== undefined && eventAt <= reconnectAt) {
      now = eventAt;
      next++;
      if (event.kind === "gateway") {
        replicas = context.replicasAfter;
        if (pod !== NO_POD && !exists(pod)) {
          pod = NO_POD;
          trying = true;
        }
      } else if (event.kind === "proxy") {
        pick = picks.proxyAfter[user] as number;
        if (pod !== NO_POD) {
          pod = NO_POD;
          reconnectAt = now + (context.delays[user] as number);
        }
      }
    } else {
      now = reconnectAt;
      reconnectAt = Infinity;
      trying = true;
    }

    if (trying && exists(pick)) {
      pod = pick;
      trying = false;
    }
    if (pod !== out.pods[out.length - 1]) {
      out.times[out.length] = now;
      out.pods[out.length] = pod;
      out.length++;
    }
  }
}
