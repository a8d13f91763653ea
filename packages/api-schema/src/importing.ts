import { z } from "zod";
import { ClusterSchema, HostFormatSchema } from "./cluster.js";

/** Query of `POST /api/v1/cluster/import`: what the pasted text may lack. */
export const ImportQuerySchema = z.strictObject({
  namespace: z
    .string()
    .regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, "must be a Kubernetes namespace name")
    .max(63)
    .optional(),
  release: z
    .string()
    .regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, "must be a helm release name")
    .max(53)
    .optional(),
  /** How the proxy writes gateway hosts, which no manifest says: `without-port` when absent. */
  proxyHostFormat: HostFormatSchema.optional(),
});

export const ImportResultSchema = z
  .object({
    cluster: ClusterSchema,
    /** The objects read, as `Kind/name`. */
    found: z.array(z.object({ kind: z.string(), name: z.string() })),
    /** Every assumption made to fill what the text lacked. */
    warnings: z.array(z.string()),
  })
  .meta({ id: "ImportResult" });

export type ImportResult = z.infer<typeof ImportResultSchema>;
