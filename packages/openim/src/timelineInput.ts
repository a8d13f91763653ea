import type { HashedKeys } from "@ringside/hashring";
import type { Cluster } from "./cluster.js";

/**
 * What changes the replica count: `helm-upgrade` renders the new count into the gateway
 * StatefulSet and into the env of push and the proxy, which pick it up when they restart;
 * `kubectl-scale` changes the StatefulSet only, so both rings keep the old count for good.
 */
export type TimelineChange = "helm-upgrade" | "kubectl-scale";

export const TIMELINE_CHANGES: readonly TimelineChange[] = ["helm-upgrade", "kubectl-scale"];

/**
 * One step of a change: `gateway`, the StatefulSet reaches the target replicas (pods are added
 * or removed); `push`, push restarts and builds its ring from the new env; `proxy`, the proxy
 * restarts, builds its ring from the new env and drops every websocket it carried.
 */
export type TimelineEventKind = "gateway" | "push" | "proxy";

export const TIMELINE_EVENT_KINDS: readonly TimelineEventKind[] = ["gateway", "push", "proxy"];

/** A step of the change and when it happens, in minutes from the start of the timeline. */
export interface TimelineEvent {
  kind: TimelineEventKind;
  at: number;
}

/**
 * How clients come back after the proxy drops their websocket. Each client waits an
 * exponentially distributed delay with mean `1 / ratePerMinute` minutes; the delays are drawn
 * per user, in user order, from `seed`, so Node and the browser draw the same ones.
 */
export interface ReconnectModel {
  /** Reconnections per minute per dropped client: 1 means a mean wait of one minute. */
  ratePerMinute: number;
  seed: number;
}

/**
 * Everything a timeline depends on. Events may come in any order and need not all be given:
 * they are applied by time, and events at the same time in the order listed. An event left out,
 * or placed after `duration`, does not happen within the timeline.
 *
 * @example
 * const input: TimelineInput = {
 *   cluster: openimInstall({ replicas: 3 }),
 *   replicas: 5,
 *   change: "helm-upgrade",
 *   events: [{ kind: "gateway", at: 1 }, { kind: "push", at: 3 }, { kind: "proxy", at: 6 }],
 *   reconnect: { ratePerMinute: 0.5, seed: 1 },
 *   duration: 30,
 *   steps: 121,
 *   keys: HashedKeys.from(syntheticUsers(100_000, 1)),
 * };
 */
export interface TimelineInput {
  /** The cluster before the change, every user connected as its proxy ring says. */
  cluster: Cluster;
  /** The replica count the change moves to. */
  replicas: number;
  change: TimelineChange;
  /** `kubectl-scale` takes a `gateway` event only; each kind happens at most once. */
  events: readonly TimelineEvent[];
  reconnect: ReconnectModel;
  /** Minutes the timeline covers, from 0. */
  duration: number;
  /** Samples, evenly spaced from 0 to `duration` inclusive; at least 2. */
  steps: number;
  /** The online users: every one holds a websocket, or tries to, for the whole timeline. */
  keys: HashedKeys;
}
