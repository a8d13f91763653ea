import { z } from "zod";
import { ClusterSchema } from "./cluster.js";

/** A named failure mode of OpenIM's routing, or a way out of it, ready to analyze. */
export const PresetSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    explanation: z.string(),
    cluster: ClusterSchema,
  })
  .meta({ id: "Preset" });

/** What `GET /api/v1/presets` answers: every preset, in the order the dashboard lists them. */
export const PresetListSchema = z.array(PresetSchema).meta({ id: "PresetList" });

export type PresetItem = z.infer<typeof PresetSchema>;
