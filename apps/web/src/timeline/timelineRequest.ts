import type { TimelineRequest, Users } from "@ringside/api-schema";
import type { Cluster } from "@ringside/openim";

/** What the timeline form holds. */
export interface TimelineInputs {
  to: number;
  change: "helm-upgrade" | "kubectl-scale";
  /** Minutes of each event; push and proxy matter for a helm upgrade only. */
  gatewayAt: number;
  pushAt: number;
  proxyAt: number;
  ratePerMinute: number;
}

/** Minutes the chart covers and samples across them: one every 15 seconds. */
export const TIMELINE_DURATION = 30;
export const TIMELINE_STEPS = 121;

/** A helm upgrade that scales first, restarts push, then the proxy; clients back in ~2 min. */
export function defaultInputs(from: number): TimelineInputs {
  return {
    to: from + 2,
    change: "helm-upgrade",
    gatewayAt: 1,
    pushAt: 3,
    proxyAt: 6,
    ratePerMinute: 0.5,
  };
}

/** The body of POST /api/v1/timeline for the dashboard's cluster and users. */
export function timelineRequest(
  cluster: Cluster,
  users: Users,
  inputs: TimelineInputs,
): TimelineRequest {
  const events =
    inputs.change === "kubectl-scale"
      ? [{ kind: "gateway" as const, at: inputs.gatewayAt }]
      : [
          { kind: "gateway" as const, at: inputs.gatewayAt },
          { kind: "push" as const, at: inputs.pushAt },
          { kind: "proxy" as const, at: inputs.proxyAt },
        ];
  return {
    cluster,
    users,
    replicas: inputs.to,
    change: inputs.change,
    events,
    reconnect: { ratePerMinute: inputs.ratePerMinute, seed: 0 },
    duration: TIMELINE_DURATION,
    steps: TIMELINE_STEPS,
  };
}
