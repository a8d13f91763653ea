import { z } from "zod";
import { LIMITS } from "./limits.js";

export const UserIdSchema = z
  .string()
  .min(1, "a user ID is never empty")
  .max(LIMITS.maxUserIdLength, `a user ID has at most ${LIMITS.maxUserIdLength} characters`);

export const SyntheticUsersSchema = z.strictObject({
  count: z.number().int().min(1).max(LIMITS.maxUsers),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1),
});

// A user listed twice would be counted twice: each repeat is named, as an upload counts them.
function namedOnce(ids: string[], ctx: z.RefinementCtx): void {
  const first = new Map<string, number>();
  ids.forEach((id, i) => {
    const at = first.get(id);
    if (at === undefined) first.set(id, i);
    else
      ctx.addIssue({ code: "custom", path: [i], message: `repeats [${at}]; list each user once` });
  });
}

/** Which users to route: listed inline, generated from a seed, or an uploaded set. */
export const UsersSchema = z
  .union(
    [
      z.strictObject({
        ids: z
          .array(UserIdSchema)
          .min(1, "list at least one user")
          .max(
            LIMITS.maxInlineUsers,
            `at most ${LIMITS.maxInlineUsers} inline IDs; upload larger sets`,
          )
          .superRefine(namedOnce),
      }),
      z.strictObject({ synthetic: SyntheticUsersSchema }),
      z.strictObject({ setId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "not a user set id") }),
    ],
    { error: "give exactly one of ids, synthetic or setId" },
  )
  .meta({ id: "Users" });

export type Users = z.infer<typeof UsersSchema>;

/** What an upload of a user list answers. */
export const UserSetSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    count: z.number().int(),
    duplicates: z.number().int().meta({ description: "Repeated IDs, counted once in the set." }),
    blankLines: z.number().int(),
    createdAt: z.string(),
  })
  .meta({ id: "UserSet" });

export type UserSet = z.infer<typeof UserSetSchema>;
