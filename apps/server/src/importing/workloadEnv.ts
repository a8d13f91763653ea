import { crc32 } from "@ringside/hashring";
import type { PodEnv } from "@ringside/openim";
import { isRecord, type KubeObject } from "./readDocuments.js";

/** The three env variables both sides read, and where each came from. */
export interface WorkloadEnv {
  env: PodEnv;
  image: string | undefined;
  /** ConfigMaps the pod mounts as volumes, by name. */
  configMaps: string[];
}

const ENV_NAMES = ["MY_POD_NAME", "MY_POD_NAMESPACE", "MY_MSGGATEWAY_REPLICACOUNT"] as const;

// Kubernetes draws generated name suffixes from this alphabet (no vowels, no look-alikes).
const SUFFIX_ALPHABET = "bcdfghjklmnpqrstvwxz2456789";

/**
 * A pod name as Kubernetes generates it for a Deployment, `{name}-{template hash}-{suffix}`,
 * the same for the same Deployment; only the part before the first `-` matters to OpenIM.
 */
export function deploymentPodName(deployment: string): string {
  const pick = (seed: string, length: number) => {
    let n = crc32(seed);
    let out = "";
    for (let i = 0; i < length; i++) {
      out += SUFFIX_ALPHABET[n % SUFFIX_ALPHABET.length];
      n = Math.floor(n / SUFFIX_ALPHABET.length) || crc32(`${seed}${i}`);
    }
    return out;
  };
  return `${deployment}-${pick(`template/${deployment}`, 9)}-${pick(`pod/${deployment}`, 5)}`;
}

/** The string at `path` of a plain object, or undefined. */
export function textAt(value: unknown, ...path: string[]): string | undefined {
  let at = value;
  for (const key of path) at = isRecord(at) ? at[key] : undefined;
  return typeof at === "string" ? at : typeof at === "number" ? String(at) : undefined;
}

function podSpec(object: KubeObject): Record<string, unknown> {
  const template = isRecord(object.spec) ? object.spec.template : undefined;
  const spec = isRecord(template) ? template.spec : undefined;
  return isRecord(spec) ? spec : {};
}

/**
 * The env a workload's pods run with, as the Go process reads it: literal values, fieldRef
 * values filled from the pod's own name and namespace, config map references resolved from
 * the pasted objects, and "" for a variable the pod does not have (Go's os.Getenv).
 */
export function workloadEnv(
  object: KubeObject,
  appName: string,
  context: { podName: string; namespace: string; configMaps: KubeObject[] },
  warn: (message: string) => void,
): WorkloadEnv {
  const spec = podSpec(object);
  const containers = Array.isArray(spec.containers) ? spec.containers.filter(isRecord) : [];
  const hasReplicaEnv = (c: Record<string, unknown>) =>
    Array.isArray(c.env) && c.env.some((e) => textAt(e, "name") === "MY_MSGGATEWAY_REPLICACOUNT");
  const container =
    containers.find((c) => c.name === appName) ?? containers.find(hasReplicaEnv) ?? containers[0];
  const name = `${object.kind}/${String(object.metadata.name)}`;

  const configMapData = (cmName: string | undefined): Record<string, unknown> | undefined => {
    const cm = context.configMaps.find((c) => c.metadata.name === cmName);
    return cm && isRecord(cm.data) ? cm.data : undefined;
  };

  const values = new Map<string, string>();
  for (const from of Array.isArray(container?.envFrom) ? container.envFrom : []) {
    const cmName = textAt(from, "configMapRef", "name");
    const data = configMapData(cmName);
    if (!data) {
      if (cmName) warn(`${name} reads env from ConfigMap ${cmName}, which is not in the text`);
      continue;
    }
    for (const [key, value] of Object.entries(data)) values.set(key, String(value));
  }
  for (const entry of Array.isArray(container?.env) ? container.env : []) {
    const key = textAt(entry, "name");
    if (!key) continue;
    const literal = textAt(entry, "value");
    if (literal !== undefined) {
      values.set(key, literal);
      continue;
    }
    const field = textAt(entry, "valueFrom", "fieldRef", "fieldPath");
    if (field === "metadata.name") values.set(key, context.podName);
    else if (field === "metadata.namespace") values.set(key, context.namespace);
    const cmName = textAt(entry, "valueFrom", "configMapKeyRef", "name");
    if (cmName) {
      const cmKey = textAt(entry, "valueFrom", "configMapKeyRef", "key") ?? key;
      const value = textAt(configMapData(cmName), cmKey);
      if (value === undefined)
        warn(`${name}: ${key} comes from ConfigMap ${cmName}, not in the text`);
      values.set(key, value ?? "");
    }
  }

  const env = {} as Record<(typeof ENV_NAMES)[number], string>;
  for (const key of ENV_NAMES) {
    const value = values.get(key);
    if (value === undefined) {
      warn(`${name} sets no ${key}: the process reads an empty string`);
    }
    env[key] = value ?? "";
  }

  const volumes = Array.isArray(spec.volumes) ? spec.volumes : [];
  const configMaps = volumes.flatMap((v) => textAt(v, "configMap", "name") ?? []);
  return { env, image: textAt(container, "image"), configMaps };
}
