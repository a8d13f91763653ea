// The built server with its per-client write limits lifted, for load tests: autocannon is one
// client, and the limit (1,200 computing requests a minute) would answer most of it with 429.
// Everything else is as in apps/server/dist/main.js.
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT } from "./machine.mjs";

const dist = (file) => pathToFileURL(join(ROOT, "apps", "server", "dist", file)).href;
const { loadConfig } = await import(dist("config.js"));
const { createApp } = await import(dist("createApp.js"));
const { createLogger } = await import(dist("logger.js"));
const { closeGracefully } = await import(dist("http/closeGracefully.js"));
const { Store } = await import(dist("store/Store.js"));

const UNLIMITED = Number.MAX_SAFE_INTEGER;

const config = loadConfig(process.env);
const store = new Store(config.dataDir);
const app = createApp({
  store,
  webDir: config.webDir,
  logger: createLogger(config.logLevel),
  writeLimits: { compute: UNLIMITED, store: UNLIMITED },
});
const server = app.listen(config.port, "127.0.0.1");

process.once("SIGTERM", () => {
  closeGracefully(server).then(
    () => {
      store.close();
      process.exit(0);
    },
    () => process.exit(1),
  );
});
