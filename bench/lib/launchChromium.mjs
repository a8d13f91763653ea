import { chromium } from "playwright-core";

/** Debian's Chromium: Playwright cannot download its own browsers on this machine. */
export const CHROMIUM = process.env.RINGSIDE_CHROMIUM ?? "/usr/bin/chromium";

/** The flags the browser tests launch it with (e2e/playwright.config.ts). */
const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Headless Chromium, launched as the browser tests launch it. */
export function launchChromium() {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
}
