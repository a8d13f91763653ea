import { z } from "zod";
import { ClusterSchema } from "./cluster.js";
import { LIMITS } from "./limits.js";
import { UsersSchema } from "./users.js";

// Keys that would reach an object's prototype machinery if a client ever merged the view.
const RESERVED_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/** The dashboard's view: which panels, selection, replica count... kept as opaque JSON. */
export const ViewStateSchema = z
  .unknown()
  .superRefine((value, ctx) => {
    if (typeof value !== "object" || value === null) return;
    for (const key of Object.keys(value)) {
      if (RESERVED_KEYS.has(key)) {
        ctx.addIssue({ code: "custom", path: [key], message: `"${key}" is not allowed as a key` });
      }
    }
  })
  .pipe(
    z
      .record(
        z.string().max(64),
        z.union([z.string().max(1024), z.number(), z.boolean(), z.null()]),
      )
      .refine((v) => JSON.stringify(v).length <= LIMITS.maxViewBytes, {
        message: `view state must be at most ${LIMITS.maxViewBytes} bytes`,
      }),
  );

export const ScenarioInputSchema = z
  .strictObject({
    title: z.string().max(200).optional(),
    cluster: ClusterSchema,
    users: UsersSchema,
    view: ViewStateSchema.default({}),
  })
  .meta({ id: "ScenarioInput" });

export const ScenarioSchema = z
  .object({
    id: z.string(),
    title: z.string().optional(),
    cluster: ClusterSchema,
    users: UsersSchema,
    view: ViewStateSchema,
    createdAt: z.string(),
  })
  .meta({ id: "Scenario" });

export type ScenarioInput = z.input<typeof ScenarioInputSchema>;
export type Scenario = z.infer<typeof ScenarioSchema>;
