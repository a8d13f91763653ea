import { z } from "zod";
import { ClusterSchema } from "./cluster.js";
import { LIMITS } from "./limits.js";
import { UsersSchema } from "./users.js";

export const OutcomeSchema = z.enum(["delivered", "misrouted", "cannotConnect", "dropped"]);

export const SummarySchema = z
  .object({
    users: z.number().int(),
    delivered: z.number().int(),
    misrouted: z.number().int(),
    cannotConnect: z.number().int(),
    dropped: z.number().int(),
  })
  .meta({ id: "Summary" });

/** Which affected users to list, and how many. */
export const PageSchema = z.strictObject({
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(0).max(LIMITS.maxPageSize).default(100),
  /** Only users with this outcome; every user who is not delivered when absent. */
  outcome: OutcomeSchema.optional(),
  /** Only users whose ID contains this text. */
  query: z.string().max(LIMITS.maxUserIdLength).optional(),
  /** Only users connected to this target (a matrix row). */
  connect: z.number().int().min(-1).optional(),
  /** Only users delivered to this target (a matrix column). */
  deliver: z.number().int().min(-1).optional(),
});

export const AnalysisRequestSchema = z
  .strictObject({
    cluster: ClusterSchema,
    users: UsersSchema,
    page: PageSchema.optional(),
    /** Users to draw one by one; misrouted users first. */
    sampleSize: z.number().int().min(0).max(LIMITS.maxSampleSize).default(1000),
  })
  .meta({ id: "AnalysisRequest" });

export type AnalysisRequest = z.input<typeof AnalysisRequestSchema>;

export const RingPointSchema = z.object({
  hash: z.number().int(),
  /** Index into the side's `hosts`. */
  member: z.number().int(),
  replica: z.number().int(),
});

export const TargetSchema = z.object({
  name: z.string().meta({ description: "DNS name of the host, without port." }),
  exists: z.boolean(),
});

export const RouteSchema = z
  .object({
    userId: z.string(),
    hash: z.number().int(),
    connect: z.number().int().meta({ description: "Target index, -1 for none." }),
    deliver: z.number().int(),
    outcome: OutcomeSchema,
  })
  .meta({ id: "Route" });

export const UserDetailSchema = RouteSchema.extend({
  proxyPoint: RingPointSchema.nullable(),
  pushPoint: RingPointSchema.nullable(),
}).meta({ id: "UserDetail" });

export const SideSchema = z.object({
  hosts: z.array(z.string()),
  ring: z.array(RingPointSchema),
  /** Target of each host, by host index. */
  targets: z.array(z.number().int()),
});

export const AnalysisSchema = z
  .object({
    summary: SummarySchema,
    /** Pods that exist first, by ordinal, then host names that resolve to no pod. */
    targets: z.array(TargetSchema),
    push: SideSchema,
    proxy: SideSchema,
    fanOut: z.boolean(),
    loads: z.array(
      z.object({
        target: z.number().int(),
        proxyUsers: z.number().int(),
        pushUsers: z.number().int(),
        proxyArcShare: z.number(),
        pushArcShare: z.number(),
      }),
    ),
    matrix: z.array(
      z.object({ connect: z.number().int(), deliver: z.number().int(), users: z.number().int() }),
    ),
    /** Users per angular bin, all and misrouted, clockwise from hash 0. */
    density: z.object({
      bins: z.number().int(),
      users: z.array(z.number().int()),
      misrouted: z.array(z.number().int()),
    }),
    sample: z.array(RouteSchema),
    affected: z.object({
      total: z.number().int(),
      offset: z.number().int(),
      items: z.array(RouteSchema),
    }),
  })
  .meta({ id: "Analysis" });

export type Analysis = z.infer<typeof AnalysisSchema>;
export type Route = z.infer<typeof RouteSchema>;
export type UserDetail = z.infer<typeof UserDetailSchema>;

export const UserDetailRequestSchema = z
  .strictObject({ cluster: ClusterSchema, userId: z.string().max(LIMITS.maxUserIdLength) })
  .meta({ id: "UserDetailRequest" });
