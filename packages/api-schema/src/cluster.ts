import type { Cluster } from "@ringside/openim";
import { goAtoi } from "@ringside/openim";
import { z } from "zod";
import { LIMITS } from "./limits.js";

const text = z.string().max(LIMITS.maxNameLength, `at most ${LIMITS.maxNameLength} characters`);

/** A Kubernetes object name (RFC 1123 subdomain). */
const k8sName = z
  .string()
  .min(1, "must not be empty")
  .max(LIMITS.maxNameLength)
  .regex(
    /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/,
    "must be a Kubernetes name: lowercase letters, digits, '-' and '.'",
  );

/** A replica count the env may hold: any text Go can be fed, but at most what Ringside models. */
const replicaEnv = text
  .refine((value) => goAtoi(value) <= BigInt(LIMITS.maxReplicas), {
    message: `parses to more than ${LIMITS.maxReplicas} replicas`,
  })
  .meta({
    description:
      "Read with Go's strconv.Atoi: text that does not parse, 0 or less gives no hosts; " +
      `a value that parses above ${LIMITS.maxReplicas} is refused.`,
  });

export const PodEnvSchema = z
  .strictObject({
    MY_POD_NAME: text,
    MY_POD_NAMESPACE: text,
    MY_MSGGATEWAY_REPLICACOUNT: replicaEnv,
  })
  .meta({ description: "The env the helm chart gives the pod, as the Go process reads it." });

export const ReplicasSchema = z
  .number()
  .int("must be a whole number")
  .min(LIMITS.minReplicas, `must be at least ${LIMITS.minReplicas}`)
  .max(LIMITS.maxReplicas, `must be at most ${LIMITS.maxReplicas}`);

export const GatewaySchema = z.strictObject({
  statefulSet: k8sName,
  namespace: k8sName,
  replicas: ReplicasSchema,
  serviceName: k8sName.optional(),
});

export const PushSchema = z.strictObject({
  env: PodEnvSchema,
  openImMessageGatewayName: text,
  routing: z.enum(["hash", "fan-out"]),
});

/** `without-port` as the OpenIM 3.5.1 proxy writes gateway hosts, `with-port` as push does. */
export const HostFormatSchema = z.enum(["without-port", "with-port"]);

export const ProxySchema = z.strictObject({
  env: PodEnvSchema,
  hostFormat: HostFormatSchema,
  openImMessageGatewayName: text.optional(),
});

/** The cluster as both sides see it: the contract's `cluster` object. */
export const ClusterSchema = z
  .strictObject({ gateway: GatewaySchema, push: PushSchema, proxy: ProxySchema })
  .meta({ id: "Cluster" }) satisfies z.ZodType<Cluster>;
