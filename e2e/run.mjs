// Runs the browser tests, after checking that the browser they drive is installed.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const chromium = process.env.RINGSIDE_CHROMIUM ?? "/usr/bin/chromium";
if (!existsSync(chromium)) {
  console.error(`No Chromium at ${chromium}: run 'apt-get install -y chromium' or set RINGSIDE_CHROMIUM.`);
  process.exit(1);
}
const result = spawnSync("npx", ["playwright", "test", "-c", "e2e/playwright.config.ts", ...process.argv.slice(2)], {
  stdio: "inherit",
});
process.exit(result.status ?? 1);
