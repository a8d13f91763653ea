import { syntheticUsers } from "@ringside/openim";
import { measure, measureInterleaved } from "./measure.mjs";

/** The user set every suite routes: 1,000,000 OpenIM-shaped IDs from seed 1. */
export const USER_COUNT = 1_000_000;
/** The same set at the quick run's size. */
export const QUICK_USER_COUNT = 20_000;
export const USER_SEED = 1;
/** The most timed runs the quick run makes of anything. */
export const QUICK_REPS = 5;

/**
 * What run.mjs hands each suite: `quick` (true for `--quick`: small sizes), the shared user
 * set at that size (built once, on first use), `measure` and `measureInterleaved` that also
 * print each median as it lands (and in the quick run time at most QUICK_REPS runs), and `log`
 * for progress lines.
 */
export function benchContext(write, { quick = false } = {}) {
  let users;
  const log = (line) => write(`  ${line}\n`);
  const fewer = (options = {}) =>
    quick ? { ...options, reps: Math.min(options.reps ?? QUICK_REPS, QUICK_REPS) } : options;
  return {
    quick,
    log,
    users() {
      users ??= syntheticUsers(quick ? QUICK_USER_COUNT : USER_COUNT, USER_SEED);
      return users;
    },
    async measure(label, fn, options) {
      const m = await measure(label, fn, fewer(options));
      log(`${label}: median ${m.medianMs.toFixed(1)} ms of ${m.samplesMs.length} runs`);
      return m;
    },
    async measureInterleaved(entries, options) {
      const ms = await measureInterleaved(entries, fewer(options));
      for (const m of ms) {
        log(`${m.label}: median ${m.medianMs.toFixed(1)} ms of ${m.samplesMs.length} runs`);
      }
      return ms;
    },
  };
}
