import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/**
 * @typedef {object} Measurement
 * @property {string} label What ran, as the report names it.
 * @property {number} operations Units of work in one run (lookups, users), for per-unit figures.
 * @property {number[]} samplesMs Wall time of each timed run, in run order.
 * @property {number} medianMs Median of `samplesMs`.
 * @property {unknown} result What the last timed run returned, for checking answers agree.
 */

/** The median of `samples`: the middle one, or the mean of the middle two. */
export function median(samples) {
  if (samples.length === 0) throw new RangeError("median of no samples");
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * How many times faster `ours` is than `baseline` per unit of work: the baseline's median time
 * per operation over ours. Above 1 means ours is faster.
 */
export function speedup(ours, baseline) {
  return baseline.medianMs / baseline.operations / (ours.medianMs / ours.operations);
}

// Collecting garbage before each run keeps one run's garbage from being billed to the next.
// Node only exposes gc() behind a flag, which can still be turned on from inside the process.
const collectGarbage = (() => {
  try {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc");
    return typeof gc === "function" ? gc : () => {};
  } catch {
    return () => {};
  }
})();

/**
 * Runs `fn` `warmup` times untimed (or `warmupFn` when a smaller run is enough to compile the
 * same code), then `reps` times timed.
 *
 * @param {string} label
 * @param {() => unknown | Promise<unknown>} fn
 * @param {{ operations: number, reps?: number, warmup?: number,
 *   warmupFn?: () => unknown | Promise<unknown> }} options
 * @returns {Promise<Measurement>}
 */
export async function measure(label, fn, options) {
  const { operations, reps = 5, warmup = 1, warmupFn = fn } = options;
  for (let i = 0; i < warmup; i++) await warmupFn();

  const samplesMs = [];
  let result;
  for (let i = 0; i < reps; i++) {
    collectGarbage();
    const start = performance.now();
    result = await fn();
    samplesMs.push(performance.now() - start);
  }
  return { label, operations, samplesMs, medianMs: median(samplesMs), result };
}

/**
 * Like {@link measure} for several functions at once, taking turns: each round times every
 * function once, so a slow spell of the machine (another process, a CPU frequency change) hits
 * all of them alike instead of whichever happened to run then. For ratios near a target.
 *
 * @param {{ label: string, fn: () => unknown, operations: number }[]} entries
 * @param {{ reps?: number, warmup?: number }} [options]
 * @returns {Promise<Measurement[]>}
 */
export async function measureInterleaved(entries, options = {}) {
  const { reps = 7, warmup = 1 } = options;
  for (let i = 0; i < warmup; i++) for (const entry of entries) await entry.fn();

  const samples = entries.map(() => []);
  const results = entries.map(() => undefined);
  for (let i = 0; i < reps; i++) {
    for (const [k, entry] of entries.entries()) {
      collectGarbage();
      const start = performance.now();
      results[k] = await entry.fn();
      samples[k].push(performance.now() - start);
    }
  }
  return entries.map((entry, k) => ({
    label: entry.label,
    operations: entry.operations,
    samplesMs: samples[k],
    medianMs: median(samples[k]),
    result: results[k],
  }));
}
