export {
  type AnalysisOptions,
  analyzeCluster,
  sweepCluster,
} from "./analysis/analyzeCluster.js";
export { type UserKeys, userKeysFromHashes, userKeysOf } from "./analysis/UserKeys.js";
export { UserSource } from "./analysis/UserSource.js";
export { type Config, loadConfig } from "./config.js";
export { type AppOptions, createApp } from "./createApp.js";
export { HttpError } from "./http/HttpError.js";
export { importCluster } from "./importing/importCluster.js";
export { createLogger } from "./logger.js";
export { Store } from "./store/Store.js";
