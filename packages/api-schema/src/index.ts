export * from "./analysis.js";
export * from "./cluster.js";
export * from "./errors.js";
export * from "./importing.js";
export * from "./limits.js";
export * from "./scenario.js";
export * from "./sweep.js";
export * from "./users.js";
