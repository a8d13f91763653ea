import { uniformInt } from "pure-rand/distribution/uniformInt";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";

/** Admin accounts every OpenIM install has; synthetic sets start with them. */
export const ADMIN_USER_IDS: readonly string[] = ["imAdmin", "openIMAdmin"];

/**
 * `count` distinct user IDs shaped like OpenIM's: the admin accounts first, then 10-digit
 * numbers with a non-zero first digit. The same seed gives the same IDs in Node and the browser.
 *
 * @example
 * syntheticUsers(4, 1); // ["imAdmin", "openIMAdmin", "<10 digits>", "<10 digits>"]
 */
export function syntheticUsers(count: number, seed: number): string[] {
  const ids = ADMIN_USER_IDS.slice(0, count);
  const seen = new Set(ids);
  const rng = xoroshiro128plus(seed);
  while (ids.length < count) {
    // Two draws keep each within 32 bits: a 1..9 lead digit and nine more digits.
    const lead = uniformInt(rng, 1, 9);
    const rest = uniformInt(rng, 0, 999_999_999);
    const id = `${lead}${String(rest).padStart(9, "0")}`;
    if (seen.has(id)) continue;
    seen.add(id);
    ids.push(id);
  }
  return ids;
}
