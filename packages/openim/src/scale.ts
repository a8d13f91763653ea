import type { Cluster } from "./cluster.js";

/**
 * What a replica change touches: `all` as a full helm upgrade once every pod has restarted;
 * `gateway` as `kubectl scale` (the StatefulSet only); `push` or `proxy` as a rollout in which
 * only that side has restarted with the new env.
 */
export type ScaleScope = "all" | "gateway" | "push" | "proxy";

export const SCALE_SCOPES: readonly ScaleScope[] = ["all", "gateway", "push", "proxy"];

/** The cluster after setting `replicas` on what `scope` touches; the input is not changed. */
export function withReplicas(
  cluster: Cluster,
  replicas: number,
  scope: ScaleScope = "all",
): Cluster {
  const count = String(replicas);
  const touches = (part: ScaleScope) => scope === "all" || scope === part;
  return {
    gateway: touches("gateway") ? { ...cluster.gateway, replicas } : cluster.gateway,
    push: touches("push")
      ? { ...cluster.push, env: { ...cluster.push.env, MY_MSGGATEWAY_REPLICACOUNT: count } }
      : cluster.push,
    proxy: touches("proxy")
      ? { ...cluster.proxy, env: { ...cluster.proxy.env, MY_MSGGATEWAY_REPLICACOUNT: count } }
      : cluster.proxy,
  };
}
