import { randomUUID } from "node:crypto";
import { LIMITS } from "@ringside/api-schema";
import express, { type Express } from "express";
import { pinoHttp } from "pino-http";
import { UserSource } from "./analysis/UserSource.js";
import { DEFAULT_WEB_DIR } from "./config.js";
import { apiNotFound, errorHandler } from "./http/errorHandler.js";
import { requireContentType } from "./http/requireContentType.js";
import { securityHeaders } from "./http/securityHeaders.js";
import { webApp } from "./http/webApp.js";
import { DEFAULT_WRITE_LIMITS, type WriteLimits, writeLimiter } from "./http/writeLimits.js";
import { createLogger, type Logger } from "./logger.js";
import { analysisRoutes } from "./routes/analysisRoutes.js";
import { clusterRoutes } from "./routes/clusterRoutes.js";
import { exportRoutes } from "./routes/exportRoutes.js";
import { scenarioRoutes } from "./routes/scenarioRoutes.js";
import { serviceRoutes } from "./routes/serviceRoutes.js";
import { timelineRoutes } from "./routes/timelineRoutes.js";
import { userSetRoutes } from "./routes/userSetRoutes.js";
import type { Store } from "./store/Store.js";

export interface AppOptions {
  /** Where user sets and scenarios are kept; the caller opens and closes it. */
  store: Store;
  /** The built web app; apps/web/dist by default. */
  webDir?: string;
  /** Origins allowed to frame the embed view, besides this site. */
  embedOrigins?: readonly string[];
  logger?: Logger;
  writeLimits?: Partial<WriteLimits>;
}

// A request id from a client or proxy is kept only when it looks like one.
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The whole HTTP app: the API under /api and the web app everywhere else. No port opened. */
export function createApp(options: AppOptions): Express {
  const logger = options.logger ?? createLogger("info");
  const limits = { ...DEFAULT_WRITE_LIMITS, ...options.writeLimits };
  const users = new UserSource(options.store);
  const app = express();
  app.disable("x-powered-by");
  app.set("query parser", "simple");

  app.use(
    pinoHttp({
      logger,
      genReqId: (req, res) => {
        const incoming = req.headers["x-request-id"];
        const id =
          typeof incoming === "string" && REQUEST_ID.test(incoming) ? incoming : randomUUID();
        res.setHeader("x-request-id", id);
        return id;
      },
    }),
  );
  app.use(securityHeaders(options.embedOrigins ?? []));

  const json = [
    requireContentType(["application/json"]),
    express.json({ limit: LIMITS.maxJsonBytes, type: "application/json" }),
  ];
  const compute = writeLimiter(limits.windowMs, limits.compute);
  const storeLimit = writeLimiter(limits.windowMs, limits.store);

  const v1 = express.Router();
  v1.post(["/analysis", "/sweep", "/timeline", "/users/route", "/cluster/import"], compute);
  v1.post(["/user-sets", "/scenarios"], storeLimit);
  v1.post(["/analysis", "/sweep", "/timeline", "/users/route", "/scenarios"], ...json);
  v1.use(analysisRoutes(users));
  v1.use(timelineRoutes(users));
  v1.use(exportRoutes(users));
  v1.use(clusterRoutes());
  v1.use(userSetRoutes(options.store));
  v1.use(scenarioRoutes(options.store, users));

  app.use("/api", serviceRoutes(options.store));
  app.use("/api/v1", v1);
  app.use("/api", apiNotFound);
  app.use(webApp(options.webDir ?? DEFAULT_WEB_DIR));
  app.use(apiNotFound);
  app.use(errorHandler);
  return app;
}
