import { z } from "zod";
import { ClusterSchema, ReplicasSchema } from "./cluster.js";
import { UsersSchema } from "./users.js";

export const ScaleScopeSchema = z.enum(["all", "gateway", "push", "proxy"]);

export const SweepRequestSchema = z
  .strictObject({
    cluster: ClusterSchema,
    users: UsersSchema,
    from: ReplicasSchema.default(1),
    to: ReplicasSchema.default(64),
    scope: ScaleScopeSchema.default("all"),
  })
  .refine((r) => r.from <= r.to, { message: "from must not exceed to", path: ["from"] })
  .meta({ id: "SweepRequest" });

export type SweepRequest = z.input<typeof SweepRequestSchema>;

export const SweepSchema = z
  .object({
    scope: ScaleScopeSchema,
    points: z.array(
      z.object({
        replicas: z.number().int(),
        users: z.number().int(),
        delivered: z.number().int(),
        misrouted: z.number().int(),
        cannotConnect: z.number().int(),
        dropped: z.number().int(),
      }),
    ),
  })
  .meta({ id: "Sweep" });

export type Sweep = z.infer<typeof SweepSchema>;
