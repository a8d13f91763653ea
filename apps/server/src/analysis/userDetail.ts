import type { UserDetail } from "@ringside/api-schema";
import { type Cluster, ClusterRouting } from "@ringside/openim";

/** One user through both rings, ring points given by host index as in an analysis. */
export function userDetail(cluster: Cluster, userId: string): UserDetail {
  const routing = new ClusterRouting(cluster);
  const route = routing.route(userId);
  const point = (hosts: readonly string[], p: typeof route.proxyPoint) =>
    p && { hash: p.hash, member: hosts.indexOf(p.member), replica: p.replica };
  return {
    userId: route.userId,
    hash: route.hash,
    connect: route.connect,
    deliver: route.deliver,
    outcome: route.outcome,
    proxyPoint: point(routing.proxy.hosts, route.proxyPoint),
    pushPoint: point(routing.push.hosts, route.pushPoint),
  };
}
