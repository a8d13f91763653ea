/**
 * How `openim-msggateway-proxy` writes gateway hosts: `without-port` as in OpenIM 3.5.1, or
 * `with-port` as the patched proxy does, matching push.
 */
export type HostFormat = "without-port" | "with-port";

/**
 * How `openim-push` picks gateway pods: `hash`, one pod from its ring (3.5 to 3.8.3), or
 * `fan-out`, every gateway pod it sees in the Endpoints (3.8.4 and later).
 */
export type PushRouting = "hash" | "fan-out";

/** The environment the helm chart gives an OpenIM pod, as the process reads it. */
export interface PodEnv {
  /** The pod's own name (`metadata.name`); its part before the first `-` names the instance. */
  MY_POD_NAME: string;
  /** The pod's namespace, written into every gateway host. */
  MY_POD_NAMESPACE: string;
  /** The gateway replica count the chart was rendered with, as text (Go parses it). */
  MY_MSGGATEWAY_REPLICACOUNT: string;
}

/** The gateway StatefulSet: which pods really exist. */
export interface GatewaySpec {
  /** StatefulSet name; pod `i` is named `{statefulSet}-{i}`. */
  statefulSet: string;
  namespace: string;
  /** The StatefulSet's actual replicas (what `kubectl scale` changes). */
  replicas: number;
  /** The governing headless service; `{statefulSet}-headless` when not given. */
  serviceName?: string | undefined;
}

/** What `openim-push` sees and how it routes. */
export interface PushSpec {
  env: PodEnv;
  /**
   * Config `rpcRegisterName.openImMessageGatewayName`; the helm default is
   * `openimserver-openim-msggateway:88`.
   */
  openImMessageGatewayName: string;
  routing: PushRouting;
}

/** What `openim-msggateway-proxy` sees and how it writes hosts. */
export interface ProxySpec {
  env: PodEnv;
  hostFormat: HostFormat;
  /** Where the patched proxy reads its port; push's value when not given (one config map). */
  openImMessageGatewayName?: string | undefined;
}

/** Everything that decides both routes of a user. */
export interface Cluster {
  gateway: GatewaySpec;
  push: PushSpec;
  proxy: ProxySpec;
}
