import type { Cluster, GatewaySpec, PodEnv } from "./cluster.js";
import { goAtoi } from "./goAtoi.js";

/** Port push uses when `openImMessageGatewayName` does not split into exactly two parts. */
export const DEFAULT_GATEWAY_PORT = 88n;

/** Most hosts one side may derive; Go would try to build billions from a huge env value. */
export const MAX_DERIVED_HOSTS = 1024;

/** Thrown when an env asks for more gateway hosts than Ringside will build. */
export class HostLimitError extends Error {
  override readonly name = "HostLimitError";

  constructor(
    readonly side: "push" | "proxy",
    readonly requested: bigint,
  ) {
    super(
      `${side} env MY_MSGGATEWAY_REPLICACOUNT parses to ${requested}, ` +
        `more than the ${MAX_DERIVED_HOSTS} gateway hosts Ringside models`,
    );
  }
}

/** The OpenIM instance name: the pod name up to its first `-` (all of it when there is none). */
export function instanceOf(podName: string): string {
  return podName.split("-")[0] as string;
}

/**
 * The port push writes into gateway hosts: `name` split on `:`; with exactly two parts the
 * second parsed as Go's Atoi does (0 when it does not parse), otherwise 88.
 */
export function gatewayPort(openImMessageGatewayName: string): bigint {
  const parts = openImMessageGatewayName.split(":");
  return parts.length === 2 ? goAtoi(parts[1] as string) : DEFAULT_GATEWAY_PORT;
}

/** How many hosts a side derives from its env: Atoi of the replica count, none below 1. */
export function derivedReplicas(env: PodEnv, side: "push" | "proxy"): number {
  const requested = goAtoi(env.MY_MSGGATEWAY_REPLICACOUNT);
  if (requested > BigInt(MAX_DERIVED_HOSTS)) throw new HostLimitError(side, requested);
  return requested < 0n ? 0 : Number(requested);
}

/**
 * The gateway hosts one side builds from its own env, in Add order, exactly as OpenIM's
 * `getMsgGatewayHost` formats them. `port` null writes no port (the 3.5.1 proxy).
 */
export function gatewayHosts(env: PodEnv, port: bigint | null, side: "push" | "proxy"): string[] {
  const instance = instanceOf(env.MY_POD_NAME);
  const ns = env.MY_POD_NAMESPACE;
  const suffix = port === null ? "" : `:${port}`;
  return Array.from(
    { length: derivedReplicas(env, side) },
    (_, i) =>
      `${instance}-openim-msggateway-${i}.${instance}-openim-msggateway-headless.${ns}` +
      `.svc.cluster.local${suffix}`,
  );
}

/** The hosts push adds to its ring. */
export function pushHosts(cluster: Cluster): string[] {
  const { env, openImMessageGatewayName } = cluster.push;
  return gatewayHosts(env, gatewayPort(openImMessageGatewayName), "push");
}

/** The hosts the proxy adds to its ring: with push's port only when patched. */
export function proxyHosts(cluster: Cluster): string[] {
  const { env, hostFormat, openImMessageGatewayName } = cluster.proxy;
  const port =
    hostFormat === "with-port"
      ? gatewayPort(openImMessageGatewayName ?? cluster.push.openImMessageGatewayName)
      : null;
  return gatewayHosts(env, port, "proxy");
}

/** The DNS name of every pod the gateway StatefulSet really runs, by ordinal. */
export function podDnsNames(gateway: GatewaySpec): string[] {
  const service = gateway.serviceName ?? `${gateway.statefulSet}-headless`;
  return Array.from(
    { length: gateway.replicas },
    (_, i) => `${gateway.statefulSet}-${i}.${service}.${gateway.namespace}.svc.cluster.local`,
  );
}

/**
 * A host's DNS name: without the `:port` that Go's `%d` may have written (a sign included), and
 * lower-cased, since DNS names compare without case.
 */
export function hostDnsName(host: string): string {
  return host.replace(/:-?\d+$/, "").toLowerCase();
}
