// Runs every benchmark suite in bench/suites and writes bench/RESULTS.md; exits non-zero when a
// suite throws (an answer check failing among them) or a target or limit is missed.
// With --quick, every suite runs at a small size and the checks print to stdout instead: ratios
// need only reach QUICK_FLOOR, RESULTS.md is left alone. npm test runs it.
import { readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { benchContext } from "./lib/context.mjs";
import { loadAverage, machine, packageVersions } from "./lib/machine.mjs";
import { renderResults } from "./lib/report.mjs";
import { verdicts } from "./lib/verdicts.mjs";

const SUITES = join(import.meta.dirname, "suites");
const RESULTS = join(import.meta.dirname, "RESULTS.md");
const OUR_PACKAGES = ["@ringside/hashring", "@ringside/openim"];

const write = (text) => process.stdout.write(text);

/** Every `.mjs` in bench/suites, in file name order, checked to be a suite. */
async function loadSuites() {
  const files = (await readdir(SUITES)).filter((f) => f.endsWith(".mjs")).sort();
  return Promise.all(
    files.map(async (file) => {
      const suite = await import(pathToFileURL(join(SUITES, file)).href);
      if (typeof suite.name !== "string" || typeof suite.run !== "function") {
        throw new Error(`bench/suites/${file} must export a string name and a run function`);
      }
      return { file, ...suite };
    }),
  );
}

/** The checks as a plain-text table, one line each, for the quick run's output. */
function printChecks(checks) {
  const width = (key) => Math.max(...checks.map((v) => v[key].length));
  const [suite, title, measured] = [width("suite"), width("title"), width("measured")];
  for (const v of checks) {
    write(
      `${v.pass ? "PASS" : "FAIL"}  ${v.suite.padEnd(suite)}  ${v.title.padEnd(title)}  ` +
        `${v.measured.padStart(measured)}  ${v.limit}\n`,
    );
  }
}

async function main() {
  const { quick } = parseArgs({ options: { quick: { type: "boolean", default: false } } }).values;
  const date = new Date();
  const started = performance.now();
  // Read before the suites run: the commit and source state closest to the build just made.
  const host = machine();
  const loadBefore = loadAverage();
  const suites = await loadSuites();
  const context = benchContext(write, { quick });

  // Every suite runs even after one throws, so one run shows every crash.
  const results = [];
  const crashed = [];
  for (const suite of suites) {
    // the quick run names suites by file: their titles give the full run's sizes
    const name = quick ? suite.file.replace(/\.mjs$/, "") : suite.name;
    write(`${name}${quick ? " (quick)" : ` (${suite.file})`}\n`);
    try {
      results.push({ name, result: await suite.run(context) });
    } catch (error) {
      console.error(error);
      crashed.push(suite.file);
    }
  }
  const durationS = (performance.now() - started) / 1000;
  if (crashed.length > 0) {
    write(`FAIL: ${crashed.join(", ")} threw${quick ? "" : "; RESULTS.md left as it was"}\n`);
    process.exitCode = 1;
    return;
  }

  const checks = verdicts(results, { quick });
  const missed = checks.filter((v) => !v.pass).length;
  if (quick) {
    write(`\nquick run, ${durationS.toFixed(1)} s:\n`);
    printChecks(checks);
  } else {
    const extra = suites.flatMap((s) => s.packages ?? []);
    const versions = packageVersions([...OUR_PACKAGES, ...new Set(extra)]);
    const markdown = renderResults({
      date,
      durationMs: durationS * 1000,
      machine: { ...host, load: [loadBefore, loadAverage()] },
      versions,
      suites: results,
    });
    await writeFile(RESULTS, markdown);
    write(`wrote ${RESULTS}\n`);
  }
  write(`${checks.length - missed} of ${checks.length} targets and limits met\n`);
  if (missed > 0) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
