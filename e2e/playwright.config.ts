import { defineConfig } from "@playwright/test";

// Playwright cannot download its own browsers here: the tests drive Debian's Chromium.
const executablePath = process.env.RINGSIDE_CHROMIUM ?? "/usr/bin/chromium";
const port = Number(process.env.RINGSIDE_E2E_PORT ?? 8181);

export default defineConfig({
  testDir: ".",
  testMatch: "**/*.spec.ts",
  outputDir: "artifacts/results",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["html", { outputFolder: "artifacts/report", open: "never" }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    screenshot: "on",
    trace: "retain-on-failure",
    viewport: { width: 1440, height: 960 },
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: {
    // The real server on a fresh data directory, serving the built dashboard.
    command: "node e2e/serve.mjs",
    cwd: "..",
    url: `http://127.0.0.1:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { PORT: String(port) },
  },
});
