import type { Cluster } from "@ringside/openim";
import { findGatewayName } from "./gatewayNameOf.js";
import type { ImportContext } from "./ImportContext.js";
import { pushRoutingOf } from "./pushRoutingOf.js";
import { isRecord } from "./readDocuments.js";
import { deploymentPodName, textAt } from "./workloadEnv.js";

const GATEWAY = "openim-msggateway";

function numberAt(value: unknown, ...path: string[]): number | undefined {
  const text = textAt(value, ...path);
  const n = text === undefined ? Number.NaN : Number(text);
  return Number.isInteger(n) ? n : undefined;
}

/**
 * The cluster a helm values file of the OpenIM chart renders: the shared replica count
 * (`global.sharedValues.msggatewayReplicaCount`) or the gateway subchart's `replicaCount`, the
 * gateway name of `config.rpcRegisterName`, push's image tag, and the gateway's name
 * overrides. Undefined when the mapping holds none of these.
 */
export function clusterFromValues(
  values: Record<string, unknown>,
  context: ImportContext,
): Cluster | undefined {
  const shared = numberAt(values, "global", "sharedValues", "msggatewayReplicaCount");
  const subchart = isRecord(values[GATEWAY]) ? values[GATEWAY] : {};
  const own = numberAt(subchart, "replicaCount");
  const gatewayName = findGatewayName(values.config ?? values);
  const pushTag = textAt(values, "openim-push", "image", "tag");
  if (shared === undefined && own === undefined && gatewayName === undefined && !pushTag) {
    return undefined;
  }
  context.read("HelmValues", "values");

  const release = context.release(undefined, "values");
  const namespace = context.namespace(undefined, "values");
  // The env holds the shared count; the StatefulSet the subchart's own when it sets one.
  const envReplicas = shared ?? own ?? 1;
  const replicas = own ?? shared ?? 1;
  if (shared === undefined && own === undefined) {
    context.warn("the values set no gateway replica count: used 1, the chart default");
  }
  const why = ` (global.sharedValues.msggatewayReplicaCount against ${GATEWAY}.replicaCount)`;
  context.replicaDrift("push", String(envReplicas), replicas, why);
  context.replicaDrift("the proxy", String(envReplicas), replicas, why);

  // nameOverride and fullnameOverride rename the StatefulSet, not what push and proxy derive.
  const fullname = textAt(subchart, "fullnameOverride");
  const name = textAt(subchart, "nameOverride");
  const statefulSet = fullname || `${release}-${name || GATEWAY}`;

  const openImMessageGatewayName = gatewayName ?? `${release}-${GATEWAY}:88`;
  if (gatewayName === undefined) {
    context.warn(`the values set no openImMessageGatewayName: used ${openImMessageGatewayName}`);
  }
  let routing = pushRoutingOf(pushTag);
  if (!routing) {
    routing = "hash";
    context.warn("the values name no push image version: assumed it routes by hash (3.5 to 3.8.3)");
  }
  const env = (app: string) => ({
    MY_POD_NAME: deploymentPodName(`${release}-${app}`),
    MY_POD_NAMESPACE: namespace,
    MY_MSGGATEWAY_REPLICACOUNT: String(envReplicas),
  });
  context.warn(
    "pod names assumed as Kubernetes names a Deployment's pods (only the part before the " +
      "first '-' matters)",
  );

  return {
    gateway: { statefulSet, namespace, replicas },
    push: { env: env("openim-push"), openImMessageGatewayName, routing },
    proxy: { env: env("openim-msggateway-proxy"), hostFormat: context.proxyHostFormat() },
  };
}
