import { speedup } from "./measure.mjs";

/**
 * @typedef {import("./report.mjs").Comparison} Comparison
 * @typedef {object} Verdict One pass/fail check of a run, from a target or a suite's own limit.
 * @property {string} suite
 * @property {string} title
 * @property {string} measured As shown: "2.33x", "61.9 ms".
 * @property {string} limit As shown: ">= 1.5x", "<= 100 ms".
 * @property {boolean} pass
 */

/**
 * The lowest ratio the quick run lets a targeted comparison reach: ours no slower than the
 * baseline. Its small sizes shift ratios, so the targets proper are held only by the full run.
 */
export const QUICK_FLOOR = 1;

/** The lowest ratio that passes `c`: its target, or in the quick run at most QUICK_FLOOR. */
export function floorOf(c, quick) {
  return quick ? Math.min(c.target, QUICK_FLOOR) : c.target;
}

/**
 * Every pass/fail check of a run, suite by suite: each comparison that has a target, then the
 * suite's own `checks` (absolute limits such as a latency budget or a memory bound).
 *
 * @param {{ name: string, result: import("./report.mjs").SuiteResult }[]} suites
 * @returns {Verdict[]}
 */
export function verdicts(suites, { quick = false } = {}) {
  return suites.flatMap(({ name, result }) => [
    ...result.comparisons
      .filter((c) => c.target !== undefined)
      .map((c) => {
        const ratio = speedup(c.ours, c.baseline);
        const floor = floorOf(c, quick);
        return {
          suite: name,
          title: c.title,
          measured: `${ratio.toFixed(2)}x`,
          limit: `>= ${floor}x`,
          pass: ratio >= floor,
        };
      }),
    ...(result.checks ?? []).map((check) => ({ suite: name, ...check })),
  ]);
}
