import { type Cluster, derivedReplicas, gatewayPort } from "@ringside/openim";

/** The helm release a gateway StatefulSet name was rendered from. */
function releaseOf(statefulSet: string): string {
  return statefulSet.replace(/-openim-msggateway$/, "");
}

function ringSize(cluster: Cluster, side: "push" | "proxy"): string {
  try {
    return String(derivedReplicas(cluster[side].env, side));
  } catch {
    return "too many";
  }
}

/**
 * The cluster in one line, for a slide: release, namespace, gateway pods and how each side
 * writes the gateway hosts.
 */
export function clusterLine(cluster: Cluster): string {
  const port = gatewayPort(cluster.push.openImMessageGatewayName);
  const push =
    cluster.push.routing === "fan-out"
      ? "push sends to every pod (fan-out)"
      : `push ring: ${ringSize(cluster, "push")} hosts with :${port}`;
  const proxyPort = gatewayPort(
    cluster.proxy.openImMessageGatewayName ?? cluster.push.openImMessageGatewayName,
  );
  const proxyFormat =
    cluster.proxy.hostFormat === "with-port" ? `with :${proxyPort}` : "without port";
  return [
    `release ${releaseOf(cluster.gateway.statefulSet)}`,
    `namespace ${cluster.gateway.namespace}`,
    `${cluster.gateway.replicas} gateway pods`,
    push,
    `proxy ring: ${ringSize(cluster, "proxy")} hosts ${proxyFormat}`,
  ].join(" · ");
}
