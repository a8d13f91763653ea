import { z } from "zod";

/** Query of `POST /api/v1/user-sets`: a name for the uploaded list. */
export const UserSetQuerySchema = z.strictObject({
  name: z.string().min(1).max(200, "a set name has at most 200 characters").optional(),
});

/** The `:id` of a stored user set or scenario. */
export const IdParamsSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "not an id Ringside hands out"),
});
