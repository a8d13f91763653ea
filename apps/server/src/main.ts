import { type Config, loadConfig } from "./config.js";
import { createApp } from "./createApp.js";
import { closeGracefully } from "./http/closeGracefully.js";
import { createLogger } from "./logger.js";
import { Store } from "./store/Store.js";

/** How long in-flight requests may run after SIGTERM before the process exits anyway. */
const SHUTDOWN_GRACE_MS = 10_000;

let config: Config;
try {
  config = loadConfig(process.env);
} catch (error) {
  // Before the logger exists: a bad variable is a one-line message, not a stack.
  console.error(`ringside: ${(error as Error).message}`);
  process.exit(2);
}
const logger = createLogger(config.logLevel);
let store: Store;
try {
  store = new Store(config.dataDir);
} catch (error) {
  // a one-line message naming the variable, as for a bad environment
  console.error(
    `ringside: cannot keep data in RINGSIDE_DATA_DIR=${config.dataDir}: ` +
      `${(error as Error).message}`,
  );
  process.exit(2);
}
const app = createApp({ store, webDir: config.webDir, embedOrigins: config.embedOrigins, logger });

const server = app.listen(config.port, (error?: Error) => {
  if (error) {
    logger.fatal({ err: error }, "could not listen");
    process.exit(1);
  }
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  logger.info({ port, dataDir: config.dataDir }, `Ringside listening on http://localhost:${port}`);
});

function shutdown(signal: string): void {
  logger.info({ signal }, "shutting down: finishing in-flight requests");
  setTimeout(() => {
    logger.warn("in-flight requests did not finish in time; exiting");
    store.close();
    process.exit(1);
  }, SHUTDOWN_GRACE_MS).unref();
  closeGracefully(server).then(
    () => {
      store.close();
      logger.info("stopped");
      process.exit(0);
    },
    (error: unknown) => {
      logger.error({ err: error }, "could not close the server");
      store.close();
      process.exit(1);
    },
  );
}

process.once("SIGTERM", () => shutdown("SIGTERM"));
process.once("SIGINT", () => shutdown("SIGINT"));
