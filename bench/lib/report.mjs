import { speedup } from "./measure.mjs";
import { verdicts } from "./verdicts.mjs";

/**
 * @typedef {import("./measure.mjs").Measurement} Measurement
 * @typedef {object} Comparison
 * @property {string} title
 * @property {Measurement} ours
 * @property {Measurement} baseline
 * @property {string} unit One operation, singular ("lookup", "user").
 * @property {number} [target] The lowest speedup that passes; no target when absent.
 * @typedef {object} Check An absolute limit, not a ratio: a latency budget, a memory bound.
 * @property {string} title What is checked.
 * @property {string} measured What the run measured, as shown ("61.9 ms").
 * @property {string} limit What passes, as shown ("<= 100 ms").
 * @property {boolean} pass
 * @typedef {object} SuiteResult
 * @property {string} about Markdown: what is measured and how each side is set up.
 * @property {Comparison[]} comparisons
 * @property {Check[]} [checks]
 * @property {string[]} [notes]
 * @property {Measurement[]} [measurements] Timed for context only; listed with the raw runs.
 */

const BUSY =
  "The load average was above the core count: other processes competed for the CPUs during " +
  "this run, so absolute numbers are slower than on an idle machine and vary more from run to " +
  "run. Ratios suffer less, since both sides of each were measured under the same load.";

/** Whether a comparison meets its target: "PASS", "FAIL", or "-" when it has none. */
export function verdict(comparison) {
  if (comparison.target === undefined) return "-";
  return speedup(comparison.ours, comparison.baseline) >= comparison.target ? "PASS" : "FAIL";
}

/** RESULTS.md: the machine, the versions, every check, then each suite's figures and runs. */
export function renderResults({ date, durationMs, machine, versions, suites }) {
  const checks = verdicts(suites);
  const missed = checks.filter((v) => !v.pass);

  const lines = [
    "# Benchmark results",
    "",
    `Measured by \`npm run bench\` on ${date.toISOString().slice(0, 16).replace("T", " ")} UTC ` +
      `at commit ${machine.commit}; the whole run took ${(durationMs / 1000).toFixed(0)} s.`,
    "",
    "Every figure is the median of several timed runs after a warm-up. Every ratio compares two " +
      "measurements taken in this same run: the baseline's time per operation divided by ours, " +
      "so 3.0x means ours does the same work in a third of the time. A check with an absolute " +
      "limit (a latency budget, a memory bound, no failed requests) is set against that limit, " +
      "not against a baseline. Absolute numbers are given for context only; they depend on the " +
      "machine.",
    "",
    "## Machine",
    "",
    "| CPU | Cores | Memory | Node | OS | Load average (1 min), start / end |",
    "| --- | --- | --- | --- | --- | --- |",
    `| ${machine.cpu} | ${machine.cores} | ${machine.memoryGiB.toFixed(1)} GiB | ` +
      `${machine.node} | ${machine.os} | ${machine.load.map((l) => l.toFixed(2)).join(" / ")} |`,
    ...(Math.max(...machine.load) > machine.cores ? ["", BUSY] : []),
    "",
    "## Package versions",
    "",
    "| Package | Version |",
    "| --- | --- |",
    ...versions.map((v) => `| \`${v.name}\` | ${v.version} |`),
    "",
    "## Targets",
    "",
    `${checks.length - missed.length} of ${checks.length} targets and limits met.` +
      (missed.length === 0 ? "" : " Missed:"),
    ...(missed.length === 0 ? [] : ["", ...missed.map(missLine)]),
    "",
    "| Section | Check | Measured | Required | Result |",
    "| --- | --- | --- | --- | --- |",
    ...checks.map((v) => `| ${v.suite} | ${v.title} | ${v.measured} | ${v.limit} | ${pass(v)} |`),
  ];

  suites.forEach((suite, i) => {
    const { about, comparisons, checks = [], notes = [] } = suite.result;
    lines.push("", `## ${i + 1}. ${suite.name}`, "", about);
    if (comparisons.length > 0) {
      lines.push("", "| Comparison | Ours | Baseline | Ratio | Target | Result |");
      lines.push("| --- | --- | --- | --- | --- | --- |");
    }
    for (const c of comparisons) {
      const target = c.target === undefined ? "-" : `>= ${c.target}x`;
      lines.push(
        `| ${c.title} | ${figure(c.ours, c.unit)} | ${figure(c.baseline, c.unit)} | ` +
          `**${ratio(c)}** | ${target} | ${verdict(c)} |`,
      );
    }
    if (checks.length > 0) {
      lines.push("", "| Check | Measured | Limit | Result |", "| --- | --- | --- | --- |");
    }
    for (const v of checks) {
      lines.push(`| ${v.title} | **${v.measured}** | ${v.limit} | ${pass(v)} |`);
    }
    for (const note of notes) lines.push("", note);

    const measured = uniqueMeasurements(suite.result);
    if (measured.length === 0) return;
    lines.push("", "<details><summary>Every timed run (ms)</summary>", "");
    lines.push("| Measurement | Operations per run | Runs (ms) | Median (ms) |");
    lines.push("| --- | --- | --- | --- |");
    for (const m of measured) {
      const runs = m.samplesMs.map((s) => s.toFixed(1)).join(", ");
      lines.push(
        `| ${m.label} | ${m.operations.toLocaleString("en-US")} | ${runs} | ` +
          `${m.medianMs.toFixed(1)} |`,
      );
    }
    lines.push("", "</details>");
  });
  return `${lines.join("\n")}\n`;
}

const pass = (v) => (v.pass ? "PASS" : "FAIL");

function ratio(c) {
  return `${speedup(c.ours, c.baseline).toFixed(2)}x`;
}

function missLine(v) {
  return `- ${v.suite}: ${v.title}: ${v.measured}, required ${v.limit}.`;
}

/** "12.3 M lookups/s (81 ns per lookup; 81.2 ms for 1,000,000)". */
function figure(m, unit) {
  const perOpMs = m.medianMs / m.operations;
  return (
    `${rate(m.operations / (m.medianMs / 1000))} ${unit}s/s ` +
    `(${duration(perOpMs)} per ${unit}; ${duration(m.medianMs)} per run)<br>${m.label}`
  );
}

function rate(perSecond) {
  if (perSecond >= 1e9) return `${(perSecond / 1e9).toFixed(2)} G`;
  if (perSecond >= 1e6) return `${(perSecond / 1e6).toFixed(2)} M`;
  if (perSecond >= 1e3) return `${(perSecond / 1e3).toFixed(1)} k`;
  return perSecond.toFixed(1);
}

function duration(ms) {
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 1) return `${ms.toFixed(1)} ms`;
  if (ms >= 1e-3) return `${(ms * 1e3).toFixed(1)} µs`;
  return `${(ms * 1e6).toFixed(1)} ns`;
}

function uniqueMeasurements({ comparisons, measurements = [] }) {
  return [...new Set([...comparisons.flatMap((c) => [c.ours, c.baseline]), ...measurements])];
}
