import { speedup } from "./measure.mjs";

/**
 * @typedef {import("./measure.mjs").Measurement} Measurement
 * @typedef {object} Comparison
 * @property {string} title
 * @property {Measurement} ours
 * @property {Measurement} baseline
 * @property {string} unit One operation, singular ("lookup", "user").
 * @property {number} [target] The lowest speedup that passes; no target when absent.
 * @typedef {object} SuiteResult
 * @property {string} about Markdown: what is measured and how each side is set up.
 * @property {Comparison[]} comparisons
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

/** RESULTS.md: the machine, the versions, then every suite's comparisons and raw runs. */
export function renderResults({ date, durationMs, machine, versions, suites }) {
  const all = suites.flatMap((s) => s.result.comparisons.map((c) => ({ suite: s.name, c })));
  const targeted = all.filter(({ c }) => c.target !== undefined);
  const missed = targeted.filter(({ c }) => verdict(c) === "FAIL");

  const lines = [
    "# Benchmark results",
    "",
    `Measured by \`npm run bench\` on ${date.toISOString().slice(0, 16).replace("T", " ")} UTC ` +
      `at commit ${machine.commit}; the whole run took ${(durationMs / 1000).toFixed(0)} s.`,
    "",
    "Every figure is the median of several timed runs after a warm-up. Every ratio compares two " +
      "measurements taken in this same run: the baseline's time per operation divided by ours, " +
      "so 3.0x means ours does the same work in a third of the time. Absolute numbers are " +
      "given for context only; they depend on the machine.",
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
    `${targeted.length - missed.length} of ${targeted.length} targets met.` +
      (missed.length === 0 ? "" : " Missed:"),
    ...(missed.length === 0 ? [] : ["", ...missed.map(({ suite, c }) => missLine(suite, c))]),
  ];

  suites.forEach((suite, i) => {
    lines.push("", `## ${i + 1}. ${suite.name}`, "", suite.result.about, "");
    lines.push("| Comparison | Ours | Baseline | Ratio | Target | Result |");
    lines.push("| --- | --- | --- | --- | --- | --- |");
    for (const c of suite.result.comparisons) {
      const target = c.target === undefined ? "-" : `>= ${c.target}x`;
      lines.push(
        `| ${c.title} | ${figure(c.ours, c.unit)} | ${figure(c.baseline, c.unit)} | ` +
          `**${ratio(c)}** | ${target} | ${verdict(c)} |`,
      );
    }
    for (const note of suite.result.notes ?? []) lines.push("", note);
    lines.push("", "<details><summary>Every timed run (ms)</summary>", "");
    lines.push("| Measurement | Operations per run | Runs (ms) | Median (ms) |");
    lines.push("| --- | --- | --- | --- |");
    for (const m of uniqueMeasurements(suite.result)) {
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

function ratio(c) {
  return `${speedup(c.ours, c.baseline).toFixed(2)}x`;
}

function missLine(suite, c) {
  return `- ${suite}: ${c.title}: ${ratio(c)}, target ${c.target}x.`;
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
