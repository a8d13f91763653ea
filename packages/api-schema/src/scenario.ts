import { z } from "zod";
import { ClusterSchema } from "./cluster.js";
import { LIMITS } from "./limits.js";
import { UsersSchema } from "./users.js";

/** The dashboard's view: which panels, selection, replica count... kept as opaque JSON. */
export const ViewStateSchema = z
  .record(z.string().max(64), z.union([z.string().max(1024), z.number(), z.boolean(), z.null()]))
  .refine((v) => JSON.stringify(v).length <= LIMITS.maxViewBytes, {
    message: `view state must be at most ${LIMITS.maxViewBytes} bytes`,
  });

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
