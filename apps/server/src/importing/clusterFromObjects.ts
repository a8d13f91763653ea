import { type Cluster, DEFAULT_NAMESPACE, type PodEnv } from "@ringside/openim";
import { gatewayNameOfConfigMap } from "./gatewayNameOf.js";
import type { ImportContext } from "./ImportContext.js";
import { pushRoutingOf } from "./pushRoutingOf.js";
import { isRecord, type KubeObject } from "./readDocuments.js";
import { deploymentPodName, textAt, type WorkloadEnv, workloadEnv } from "./workloadEnv.js";

const GATEWAY = "openim-msggateway";
const PUSH = "openim-push";
const PROXY = "openim-msggateway-proxy";
const NAME_LABEL = "app.kubernetes.io/name";
const INSTANCE_LABEL = "app.kubernetes.io/instance";

const nameOf = (o: KubeObject) => (typeof o.metadata.name === "string" ? o.metadata.name : "");
const labelOf = (o: KubeObject, label: string) => textAt(o.metadata.labels, label);

/** Whether `object` is the chart's `app` workload: by its name label, else by its name. */
function isApp(object: KubeObject, kind: string, app: string): boolean {
  if (object.kind !== kind) return false;
  const label = labelOf(object, NAME_LABEL);
  if (label !== undefined) return label === app;
  const name = nameOf(object);
  return name === app || name.endsWith(`-${app}`);
}

/** The one workload of its kind; the query's release decides between several. */
function pick(
  objects: KubeObject[],
  kind: string,
  app: string,
  context: ImportContext,
): KubeObject | undefined {
  const all = objects.filter((o) => isApp(o, kind, app));
  const release = context.options.release;
  const ofRelease = release
    ? all.filter(
        (o) => labelOf(o, INSTANCE_LABEL) === release || nameOf(o).startsWith(`${release}-`),
      )
    : [];
  const chosen = ofRelease[0] ?? all[0];
  if (chosen && all.length > 1) {
    context.warn(`found ${all.length} ${app} ${kind}s: used ${nameOf(chosen)}`);
  }
  if (chosen) context.read(kind, nameOf(chosen));
  return chosen;
}

/** The chart's env for a side whose Deployment is missing from the text. */
function assumedEnv(release: string, namespace: string, app: string, replicas: number): PodEnv {
  return {
    MY_POD_NAME: deploymentPodName(`${release}-${app}`),
    MY_POD_NAMESPACE: namespace,
    MY_MSGGATEWAY_REPLICACOUNT: String(replicas),
  };
}

/**
 * The cluster the pasted Kubernetes objects describe; undefined when they hold none of the
 * gateway StatefulSet, the push Deployment or the proxy Deployment.
 */
export function clusterFromObjects(
  objects: KubeObject[],
  context: ImportContext,
): Cluster | undefined {
  const configMaps = objects.filter((o) => o.kind === "ConfigMap");
  const gateway = pick(objects, "StatefulSet", GATEWAY, context);
  const push = pick(objects, "Deployment", PUSH, context);
  const proxy = pick(objects, "Deployment", PROXY, context);
  if (!gateway && !push && !proxy) return undefined;

  const namespaceOf = (o: KubeObject | undefined) => textAt(o?.metadata, "namespace");
  const namespace = context.namespace(
    namespaceOf(gateway) ?? namespaceOf(push) ?? namespaceOf(proxy),
  );
  const gatewayName = gateway ? nameOf(gateway) : undefined;
  const release = context.release(
    (gateway && labelOf(gateway, INSTANCE_LABEL)) ??
      (gatewayName?.endsWith(`-${GATEWAY}`)
        ? gatewayName.slice(0, -GATEWAY.length - 1)
        : undefined),
  );

  // Each side's env, read as its pods see it.
  const sideEnv = (object: KubeObject | undefined, app: string, label: string) => {
    if (!object) return undefined;
    const podName = deploymentPodName(nameOf(object));
    context.warn(
      `${label}'s MY_POD_NAME is its pod's name: used ${podName}, as Kubernetes names a ` +
        "Deployment's pods (only the part before the first '-' matters)",
    );
    return workloadEnv(
      object,
      app,
      { podName, namespace: namespaceOf(object) ?? namespace, configMaps },
      (m) => context.warn(m),
    );
  };
  const pushEnv = sideEnv(push, PUSH, "push");
  const proxyEnv = sideEnv(proxy, PROXY, "the proxy");

  // The StatefulSet's own replicas are the pods that exist; the env may say otherwise.
  const specReplicas = gateway && isRecord(gateway.spec) ? gateway.spec.replicas : undefined;
  const envReplicas = Number.parseInt(pushEnv?.env.MY_MSGGATEWAY_REPLICACOUNT ?? "", 10);
  let replicas: number;
  if (typeof specReplicas === "number") {
    replicas = specReplicas;
  } else {
    replicas = Number.isFinite(envReplicas) && envReplicas > 0 ? envReplicas : 1;
    context.warn(
      gateway
        ? `StatefulSet ${gatewayName} sets no replicas: used ${replicas}`
        : `no ${GATEWAY} StatefulSet in the text: assumed ${release}-${GATEWAY} ` +
            `with ${replicas} pods`,
    );
  }
  const running = gateway && isRecord(gateway.status) ? gateway.status.replicas : undefined;
  if (typeof running === "number" && running !== replicas) {
    context.warn(`StatefulSet ${gatewayName} asks for ${replicas} pods but ${running} run`);
  }
  context.replicaDrift("push", pushEnv?.env.MY_MSGGATEWAY_REPLICACOUNT, replicas);
  context.replicaDrift("the proxy", proxyEnv?.env.MY_MSGGATEWAY_REPLICACOUNT, replicas);
  const serviceName =
    gateway && isRecord(gateway.spec) ? textAt(gateway.spec, "serviceName") : undefined;

  return {
    gateway: {
      statefulSet: gatewayName ?? `${release}-${GATEWAY}`,
      namespace: namespaceOf(gateway) ?? namespace,
      replicas,
      ...(serviceName ? { serviceName } : {}),
    },
    push: {
      env: pushEnv?.env ?? missingSide(context, "push", PUSH, release, namespace, replicas),
      openImMessageGatewayName: gatewayNameFor(pushEnv, configMaps, release, context),
      routing: routingOf(pushEnv, push, context),
    },
    proxy: {
      env: proxyEnv?.env ?? missingSide(context, "proxy", PROXY, release, namespace, replicas),
      hostFormat: context.proxyHostFormat(),
    },
  };
}

function missingSide(
  context: ImportContext,
  label: string,
  app: string,
  release: string,
  namespace: string,
  replicas: number,
): PodEnv {
  context.warn(
    `no ${app} Deployment in the text: assumed the chart's ${label} env with ` +
      `MY_MSGGATEWAY_REPLICACOUNT=${replicas}`,
  );
  return assumedEnv(release, namespace || DEFAULT_NAMESPACE, app, replicas);
}

/** The gateway name from the config map push mounts, else any config map that has one. */
function gatewayNameFor(
  pushEnv: WorkloadEnv | undefined,
  configMaps: KubeObject[],
  release: string,
  context: ImportContext,
): string {
  const mounted = configMaps.filter((cm) => pushEnv?.configMaps.includes(nameOf(cm)));
  for (const cm of [...mounted, ...configMaps]) {
    const name = gatewayNameOfConfigMap(cm);
    if (name !== undefined) {
      context.read("ConfigMap", nameOf(cm));
      return name;
    }
  }
  const fallback = `${release}-${GATEWAY}:88`;
  context.warn(`no config map with rpcRegisterName.openImMessageGatewayName: used ${fallback}`);
  return fallback;
}

function routingOf(
  pushEnv: WorkloadEnv | undefined,
  push: KubeObject | undefined,
  context: ImportContext,
) {
  const routing = pushRoutingOf(pushEnv?.image);
  if (routing) return routing;
  context.warn(
    push
      ? `no OpenIM version in push's image ${pushEnv?.image ?? "(none)"}: assumed it routes by ` +
          "hash, as 3.5 to 3.8.3 do"
      : "assumed push routes by hash, as OpenIM 3.5 to 3.8.3 do",
  );
  return "hash" as const;
}
