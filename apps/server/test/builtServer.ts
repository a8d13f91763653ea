import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const SERVER_DIR = fileURLToPath(new URL("..", import.meta.url));
const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const MAIN = fileURLToPath(new URL("../dist/main.js", import.meta.url));

/** Builds the libraries and the server when there is no build yet. */
export function ensureBuilt(): void {
  if (existsSync(MAIN) && existsSync(new URL("../dist/cli.js", import.meta.url))) return;
  // Test files run in parallel: one build at a time, where flock(1) is there to ensure it.
  try {
    execFileSync("flock", ["/tmp/ringside-build.lock", "npm", "run", "build:lib"], {
      cwd: ROOT,
      stdio: "ignore",
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    execFileSync("npm", ["run", "build:lib"], { cwd: ROOT, stdio: "ignore" });
  }
}

export interface RunningServer {
  process: ChildProcess;
  url: string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts dist/main.js on a free port and resolves once it logs that it listens. */
export function startServer(dataDir: string): Promise<RunningServer> {
  const child = spawn(process.execPath, [MAIN], {
    cwd: SERVER_DIR,
    env: { ...process.env, PORT: "0", RINGSIDE_DATA_DIR: dataDir, LOG_LEVEL: "info" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on("exit", (code, signal) => resolve({ code, signal }));
  });
  return new Promise((resolve, reject) => {
    let out = "";
    let err = "";
    child.stderr?.on("data", (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      for (const line of out.split("\n")) {
        const port = /"port":(\d+)/.exec(line)?.[1];
        if (port && line.includes("listening")) {
          resolve({ process: child, url: `http://127.0.0.1:${port}`, exited });
        }
      }
    });
    void exited.then(({ code }) => reject(new Error(`server exited (${code}) early: ${err}`)));
  });
}
