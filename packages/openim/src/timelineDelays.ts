import { uniformFloat64 } from "pure-rand/distribution/uniformFloat64";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";

/**
 * Draws thrown away first: seeded with a small integer, xoroshiro128plus starts from a nearly
 * empty state and its first outputs sit close to 1, which would give the first users (the
 * admin accounts) delays of half an hour at one reconnection a minute.
 */
const WARM_UP = 16;

/**
 * How long each of `count` clients waits, in minutes, before it reconnects after the proxy
 * dropped its websocket: exponential with `ratePerMinute` (mean `1 / ratePerMinute`), one draw
 * per user in user order from `seed`. pure-rand draws the same uniforms in Node and the
 * browser; the only float function is `Math.log1p`, which V8 computes the same everywhere.
 *
 * @example
 * timelineDelays(3, 2, 7); // three delays, mean half a minute, the same on every call
 */
export function timelineDelays(count: number, ratePerMinute: number, seed: number): Float64Array {
  const rng = xoroshiro128plus(seed);
  for (let i = 0; i < WARM_UP; i++) rng.next();
  const delays = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    // The uniform lies in [0, 1), so log1p(-u) is finite and the delay is >= 0.
    delays[i] = -Math.log1p(-uniformFloat64(rng)) / ratePerMinute;
  }
  return delays;
}
