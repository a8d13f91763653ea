import { chromium } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS } from "../../e2e/chromium.mjs";

/** Headless Chromium, launched as the browser tests launch it. */
export function launchChromium() {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}
