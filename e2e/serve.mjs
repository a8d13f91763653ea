// Starts the built server on a throwaway data directory for the browser tests.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const dataDir = mkdtempSync(join(tmpdir(), "ringside-e2e-"));
const server = spawn(process.execPath, ["apps/server/dist/main.js"], {
  stdio: "inherit",
  env: {
    ...process.env,
    RINGSIDE_DATA_DIR: dataDir,
    LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
    RINGSIDE_EMBED_ORIGINS: process.env.RINGSIDE_EMBED_ORIGINS ?? "http://localhost:8182",
  },
});
const stop = () => server.kill("SIGTERM");
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
server.on("exit", (code) => {
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(code ?? 0);
});
