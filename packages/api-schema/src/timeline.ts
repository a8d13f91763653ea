import type { Timeline, TimelineComparison, TimelineEvent } from "@ringside/openim";
import { z } from "zod";
import { ClusterSchema, ReplicasSchema } from "./cluster.js";
import { UsersSchema } from "./users.js";

/** Limits of `POST /api/v1/timeline`. */
export const TIMELINE_LIMITS = {
  /** Minutes a timeline may cover: one week. */
  maxDuration: 7 * 24 * 60,
  /** Samples of one timeline. */
  maxSteps: 600,
  /** Reconnections per minute per dropped client: one every 60 ms on average. */
  maxRatePerMinute: 1000,
} as const;

export const TimelineChangeSchema = z.enum(["helm-upgrade", "kubectl-scale"]).meta({
  description:
    "helm-upgrade sets the StatefulSet and both envs; kubectl-scale the StatefulSet only.",
});

export const TimelineEventKindSchema = z.enum(["gateway", "push", "proxy"]).meta({
  description:
    "gateway: the StatefulSet reaches the new replicas; push, proxy: that side restarts " +
    "with the new env (the proxy restart drops every websocket it carries).",
});

export const TimelineEventSchema = z.strictObject({
  kind: TimelineEventKindSchema,
  at: z
    .number()
    .min(0, "must be at least 0 minutes")
    .max(TIMELINE_LIMITS.maxDuration, `must be at most ${TIMELINE_LIMITS.maxDuration} minutes`),
}) satisfies z.ZodType<TimelineEvent>;

export const ReconnectModelSchema = z.strictObject({
  /** Mean wait of a dropped client is 1 / ratePerMinute minutes, exponentially distributed. */
  ratePerMinute: z
    .number()
    .positive("must be more than 0")
    .max(TIMELINE_LIMITS.maxRatePerMinute, `must be at most ${TIMELINE_LIMITS.maxRatePerMinute}`),
  /** Seed of the per-user delays; the same seed draws the same delays in Node and the browser. */
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1)
    .default(0),
});

/**
 * Body of `POST /api/v1/timeline`: a replica change from the cluster's StatefulSet replicas to
 * `replicas`, timed by `events`. The answer holds both proxy host formats, so the request's
 * `cluster.proxy.hostFormat` does not matter.
 */
export const TimelineRequestSchema = z
  .strictObject({
    cluster: ClusterSchema,
    users: UsersSchema,
    replicas: ReplicasSchema,
    change: TimelineChangeSchema.default("helm-upgrade"),
    /** Each kind at most once, in any order; a kind left out does not happen. */
    events: z.array(TimelineEventSchema).min(1, "list at least one event").max(3),
    reconnect: ReconnectModelSchema,
    /** Minutes from 0 that the samples cover. */
    duration: z
      .number()
      .positive("must be more than 0 minutes")
      .max(TIMELINE_LIMITS.maxDuration, `must be at most ${TIMELINE_LIMITS.maxDuration} minutes`)
      .default(60),
    steps: z
      .number()
      .int("must be a whole number")
      .min(2, "must be at least 2")
      .max(TIMELINE_LIMITS.maxSteps, `must be at most ${TIMELINE_LIMITS.maxSteps}`)
      .default(121),
  })
  .superRefine((request, ctx) => {
    const seen = new Set<string>();
    request.events.forEach((event, i) => {
      if (seen.has(event.kind)) {
        ctx.addIssue({
          code: "custom",
          path: ["events", i, "kind"],
          message: `"${event.kind}" is listed twice; each event happens at most once`,
        });
      }
      seen.add(event.kind);
      if (request.change === "kubectl-scale" && event.kind !== "gateway") {
        ctx.addIssue({
          code: "custom",
          path: ["events", i, "kind"],
          message: 'kubectl scale restarts nothing: list only a "gateway" event',
        });
      }
    });
  })
  .meta({ id: "TimelineRequest" });

export type TimelineRequest = z.input<typeof TimelineRequestSchema>;

export const TimelinePointSchema = z.object({
  t: z.number().meta({ description: "Minutes from the start." }),
  delivered: z.number().int(),
  misrouted: z.number().int(),
  disconnected: z.number().int().meta({ description: "Users holding no websocket." }),
  dropped: z.number().int().meta({ description: "Connected, but push picks no existing pod." }),
});

/** One proxy host format's outcomes over the change. */
export const TimelineSeriesSchema = z.object({
  hostFormat: z.enum(["without-port", "with-port"]),
  change: TimelineChangeSchema,
  from: z.number().int(),
  to: z.number().int(),
  users: z.number().int(),
  /** Events by time, including those after the last sample. */
  marks: z.array(z.object({ kind: TimelineEventKindSchema, at: z.number() })),
  points: z.array(TimelinePointSchema),
}) satisfies z.ZodType<Timeline>;

/** Answer of `POST /api/v1/timeline`: the 3.5.1 proxy and the patched one on the same events. */
export const TimelineSchema = z
  .object({ withoutPort: TimelineSeriesSchema, withPort: TimelineSeriesSchema })
  .meta({ id: "Timeline" }) satisfies z.ZodType<TimelineComparison>;

export type TimelineResponse = z.infer<typeof TimelineSchema>;
