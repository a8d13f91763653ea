import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { openimInstall } from "@ringside/openim";
import type { Express } from "express";
import { type AppOptions, createApp } from "../src/createApp.js";
import { createLogger } from "../src/logger.js";
import { Store } from "../src/store/Store.js";

/** An app on a fresh data directory, and a way to throw both away. */
export interface TestApp {
  app: Express;
  store: Store;
  dataDir: string;
  close(): void;
}

export function testApp(options: Partial<AppOptions> = {}): TestApp {
  const dataDir = mkdtempSync(join(tmpdir(), "ringside-test-"));
  const store = new Store(dataDir);
  const app = createApp({
    store,
    logger: createLogger("silent"),
    webDir: join(dataDir, "no-web-build"),
    ...options,
  });
  return {
    app,
    store,
    dataDir,
    close() {
      store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The contract's sample cluster, at `replicas` everywhere. */
export function sampleCluster(replicas = 5) {
  return openimInstall({ replicas });
}

/** The contract's sample body. */
export function sampleBody(replicas = 5) {
  return { cluster: sampleCluster(replicas), users: { ids: ["4950983283", "imAdmin"] } };
}

/** The shared fixtures directory (beside the repository). */
export const FIXTURES = fileURLToPath(new URL("../../../../shared/fixtures/", import.meta.url));
