// Runs every benchmark suite in bench/suites and writes bench/RESULTS.md.
// A missed target is reported in RESULTS.md, not by the exit code: only a crash exits non-zero.
import { readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { benchContext } from "./lib/context.mjs";
import { loadAverage, machine, packageVersions } from "./lib/machine.mjs";
import { renderResults } from "./lib/report.mjs";

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

async function main() {
  const date = new Date();
  const started = performance.now();
  // Read before the suites run: the commit and source state closest to the build just made.
  const host = machine();
  const loadBefore = loadAverage();
  const suites = await loadSuites();
  const context = benchContext(write);

  const results = [];
  for (const suite of suites) {
    write(`${suite.name} (${suite.file})\n`);
    results.push({ name: suite.name, result: await suite.run(context) });
  }

  const extra = suites.flatMap((s) => s.packages ?? []);
  const versions = packageVersions([...OUR_PACKAGES, ...new Set(extra)]);
  const markdown = renderResults({
    date,
    durationMs: performance.now() - started,
    machine: { ...host, load: [loadBefore, loadAverage()] },
    versions,
    suites: results,
  });
  await writeFile(RESULTS, markdown);
  write(`wrote ${RESULTS}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
