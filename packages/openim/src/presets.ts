import type { Cluster, HostFormat, PushRouting } from "./cluster.js";

/** The parts of an OpenIM install that decide routing, as helm values would give them. */
export interface InstallOptions {
  /** Helm release name; the chart prefixes every object with it. */
  release?: string;
  namespace?: string;
  /** The gateway StatefulSet's actual replicas. */
  replicas?: number;
  /** MY_MSGGATEWAY_REPLICACOUNT in push's env; `replicas` when not given. */
  pushReplicaEnv?: string;
  /** MY_MSGGATEWAY_REPLICACOUNT in the proxy's env; `replicas` when not given. */
  proxyReplicaEnv?: string;
  hostFormat?: HostFormat;
  routing?: PushRouting;
  /** The gateway RPC port in `rpcRegisterName.openImMessageGatewayName`. */
  rpcPort?: number;
}

/** OpenIM's defaults: release `openimserver` in namespace `openim`. */
export const DEFAULT_RELEASE = "openimserver";
export const DEFAULT_NAMESPACE = "openim";

/**
 * The cluster the OpenIM helm chart renders for these values, with pod names as Kubernetes
 * generates them for a Deployment.
 */
export function openimInstall(options: InstallOptions = {}): Cluster {
  const release = options.release ?? DEFAULT_RELEASE;
  const namespace = options.namespace ?? DEFAULT_NAMESPACE;
  const replicas = options.replicas ?? 5;
  const env = (podName: string, count: string | undefined) => ({
    MY_POD_NAME: podName,
    MY_POD_NAMESPACE: namespace,
    MY_MSGGATEWAY_REPLICACOUNT: count ?? String(replicas),
  });
  return {
    gateway: { statefulSet: `${release}-openim-msggateway`, namespace, replicas },
    push: {
      env: env(`${release}-openim-push-7d4b9c6f5-x8k2p`, options.pushReplicaEnv),
      openImMessageGatewayName: `${release}-openim-msggateway:${options.rpcPort ?? 88}`,
      routing: options.routing ?? "hash",
    },
    proxy: {
      env: env(`${release}-openim-msggateway-proxy-5c7d8b9-abcde`, options.proxyReplicaEnv),
      hostFormat: options.hostFormat ?? "without-port",
    },
  };
}

/** A named failure mode (or its fix) from OpenIM's Kubernetes routing. */
export interface Preset {
  id: PresetId;
  title: string;
  /** One or two sentences for someone who has not read the Go code. */
  explanation: string;
  cluster: Cluster;
}

export type PresetId =
  | "as-shipped"
  | "single-pod"
  | "patched-proxy"
  | "replica-drift"
  | "rollout-window"
  | "dashed-release"
  | "name-override"
  | "fan-out";

/** Every failure mode of the routing notes, and the two ways out of it. */
export const PRESETS: readonly Preset[] = [
  {
    id: "as-shipped",
    title: "OpenIM 3.5.1 as shipped, 5 gateway pods",
    explanation:
      "Push writes each gateway host with :88 and the proxy without it, so the two rings " +
      "place the same pods at different positions and disagree for most users.",
    cluster: openimInstall(),
  },
  {
    id: "single-pod",
    title: "One gateway pod",
    explanation:
      "With a single pod both rings can only pick that pod, so the port mismatch stays hidden.",
    cluster: openimInstall({ replicas: 1 }),
  },
  {
    id: "patched-proxy",
    title: "Patched proxy: both sides write :88",
    explanation: "Both rings hash identical strings, so every user is delivered in real time.",
    cluster: openimInstall({ hostFormat: "with-port" }),
  },
  {
    id: "replica-drift",
    title: "kubectl scale to 3 while the env still says 5",
    explanation:
      "Scaling the StatefulSet does not change MY_MSGGATEWAY_REPLICACOUNT: both rings keep " +
      "pods 3 and 4, which no longer exist.",
    cluster: openimInstall({
      replicas: 3,
      pushReplicaEnv: "5",
      proxyReplicaEnv: "5",
      hostFormat: "with-port",
    }),
  },
  {
    id: "rollout-window",
    title: "Rollout from 3 to 5: push restarted, proxy not yet",
    explanation:
      "During a helm upgrade push already builds a 5-pod ring while the proxy still builds " +
      "3, so users misroute even with the patched proxy until it restarts. Clients that " +
      "connected before the proxy restarted stay on their 3-pod pick until they reconnect, " +
      "so the same picture lingers after it: the scale-event timeline plays that out.",
    cluster: openimInstall({ replicas: 5, proxyReplicaEnv: "3", hostFormat: "with-port" }),
  },
  {
    id: "dashed-release",
    title: "Release named open-im",
    explanation:
      "Both sides keep only the pod name's part before the first dash (open) and build hosts " +
      "that do not exist: nobody can connect.",
    cluster: openimInstall({ release: "open-im", hostFormat: "with-port" }),
  },
  {
    id: "name-override",
    title: "Gateway renamed by nameOverride",
    explanation:
      "With nameOverride: gateway the StatefulSet is openimserver-gateway, but both sides " +
      "still build openimserver-openim-msggateway-N hosts, which do not exist: nobody can " +
      "connect. fullnameOverride breaks the fixed name the same way.",
    cluster: renamedGateway(openimInstall({ hostFormat: "with-port" }), "openimserver-gateway"),
  },
  {
    id: "fan-out",
    title: "OpenIM 3.8.4: push sends to every pod",
    explanation:
      "Push no longer hashes: it sends each message to every gateway pod, which cannot " +
      "misroute but costs one RPC per pod per message.",
    cluster: openimInstall({ routing: "fan-out" }),
  },
];

// The chart names the StatefulSet and its headless service after the override; env is as before.
function renamedGateway(cluster: Cluster, statefulSet: string): Cluster {
  return { ...cluster, gateway: { ...cluster.gateway, statefulSet } };
}

/** The preset with this id. */
export function presetById(id: PresetId): Preset {
  const preset = PRESETS.find((p) => p.id === id);
  if (!preset) throw new RangeError(`unknown preset ${id}`);
  return preset;
}
