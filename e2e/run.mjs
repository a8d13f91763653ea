// Runs the browser tests against Debian's Chromium, installing it first when it is missing and
// this is a Debian machine run as root (Playwright cannot download its own browsers here).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { CHROMIUM } from "./chromium.mjs";

const chromium = CHROMIUM;
const run = (cmd, args) => spawnSync(cmd, args, { stdio: "inherit" }).status ?? 1;

if (!existsSync(chromium)) {
  const canInstall = process.getuid?.() === 0 && existsSync("/usr/bin/apt-get");
  if (!canInstall) {
    console.error(
      `No Chromium at ${chromium}. Install Debian's chromium (apt-get install -y chromium) ` +
        "or point RINGSIDE_CHROMIUM at a Chromium binary.",
    );
    process.exit(1);
  }
  console.error("Installing Debian's chromium for the browser tests");
  if (
    run("apt-get", ["update", "-qq"]) !== 0 ||
    run("apt-get", ["install", "-y", "-qq", "chromium"]) !== 0
  ) {
    process.exit(1);
  }
}

const args = ["playwright", "test", "-c", "e2e/playwright.config.ts", ...process.argv.slice(2)];
process.exit(run("npx", args));
