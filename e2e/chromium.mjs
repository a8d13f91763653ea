// The browser the tests and benchmarks drive: Debian's Chromium, since Playwright cannot
// download its own browsers here. One place for its path and launch flags.

/** Path to the Chromium binary; RINGSIDE_CHROMIUM overrides Debian's. */
export const CHROMIUM = process.env.RINGSIDE_CHROMIUM ?? "/usr/bin/chromium";

/**
 * Flags for a sandbox-less, offline machine: without the networking ones Chromium keeps
 * trying to reach Google's services, which this machine refuses.
 */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
