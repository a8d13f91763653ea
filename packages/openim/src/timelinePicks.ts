import type { HashedKeys } from "@ringside/hashring";
import { ClusterRouting } from "./ClusterRouting.js";
import type { Cluster } from "./cluster.js";
import { podDnsNames } from "./hosts.js";
import { routeAll } from "./routeAll.js";

/** A pick that no gateway pod can ever answer: an empty ring, or a host that names no pod. */
export const NO_POD = -1;

/**
 * Each user's pick on the proxy's ring and on push's ring, before and after the change, as
 * gateway pod ordinals. Target indexes of ClusterRouting depend on which pods exist, which
 * changes during a timeline; an ordinal does not, and pod `i` exists whenever `i` is below the
 * StatefulSet's replicas at that moment.
 */
export interface TimelinePicks {
  proxyBefore: Int32Array;
  proxyAfter: Int32Array;
  pushBefore: Int32Array;
  pushAfter: Int32Array;
  /** Push sends to every pod (3.8.4 and later): a connected user is always delivered. */
  fanOut: boolean;
}

/**
 * Routes every user through the rings of `before` and of `after` (two passes of routeAll, no
 * lookup per user) and names each pick by pod ordinal, NO_POD for a host no pod will have.
 */
export function timelinePicks(before: Cluster, after: Cluster, keys: HashedKeys): TimelinePicks {
  const start = new ClusterRouting(before);
  const end = new ClusterRouting(after);

  // Every pod either cluster runs, by ordinal; a host naming none of them never exists.
  const most = Math.max(start.pods, end.pods);
  const names = podDnsNames({ ...before.gateway, replicas: most });
  const ordinalOf = new Map(names.map((name, i) => [name.toLowerCase(), i]));
  const podsOf = (routing: ClusterRouting) =>
    Int32Array.from(routing.targets, (t) => ordinalOf.get(t.name.toLowerCase()) ?? NO_POD);

  const a = routeAll(start, keys);
  const b = routeAll(end, keys);
  const startPods = podsOf(start);
  const endPods = podsOf(end);
  return {
    proxyBefore: toPods(a.connect, startPods),
    proxyAfter: toPods(b.connect, endPods),
    pushBefore: toPods(a.deliver, startPods),
    pushAfter: toPods(b.deliver, endPods),
    fanOut: start.fanOut,
  };
}

function toPods(targets: Int32Array, podOfTarget: Int32Array): Int32Array {
  const pods = new Int32Array(targets.length);
  for (let i = 0; i < targets.length; i++) {
    const target = targets[i] as number;
    pods[i] = target < 0 ? NO_POD : (podOfTarget[target] as number);
  }
  return pods;
}
