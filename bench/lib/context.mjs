import { syntheticUsers } from "@ringside/openim";
import { measure, measureInterleaved } from "./measure.mjs";

/** The user set every suite routes: 1,000,000 OpenIM-shaped IDs from seed 1. */
export const USER_COUNT = 1_000_000;
export const USER_SEED = 1;

/**
 * What run.mjs hands each suite: the shared user set (built once, on first use), `measure` and
 * `measureInterleaved` that also print each median as it lands, and `log` for progress lines.
 */
export function benchContext(write) {
  let users;
  const log = (line) => write(`  ${line}\n`);
  return {
    log,
    users() {
      users ??= syntheticUsers(USER_COUNT, USER_SEED);
      return users;
    },
    async measure(label, fn, options) {
      const m = await measure(label, fn, options);
      log(`${label}: median ${m.medianMs.toFixed(1)} ms of ${m.samplesMs.length} runs`);
      return m;
    },
    async measureInterleaved(entries, options) {
      const ms = await measureInterleaved(entries, options);
      for (const m of ms) {
        log(`${m.label}: median ${m.medianMs.toFixed(1)} ms of ${m.samplesMs.length} runs`);
      }
      return ms;
    },
  };
}
