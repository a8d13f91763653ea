import { z } from "zod";

/** What `GET /api/health` answers while the server can read and write its database. */
export const HealthSchema = z
  .object({
    status: z.literal("ok"),
    version: z.string(),
    uptimeSeconds: z.number(),
  })
  .meta({ id: "Health" });

export type Health = z.infer<typeof HealthSchema>;
