import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

/** Where the built web app lies relative to this package: apps/web/dist. */
export const DEFAULT_WEB_DIR = resolve(
  dirname(fileURLToPath(import.meta.url)),
  "..",
  "..",
  "web",
  "dist",
);

// A CSP host source: scheme, host (optionally "*." first), optional port.
const ORIGIN = /^https?:\/\/(\*\.)?[A-Za-z0-9.-]+(:\d{1,5})?$/;

const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  RINGSIDE_DATA_DIR: z.string().min(1).default("./data"),
  RINGSIDE_WEB_DIR: z.string().min(1).default(DEFAULT_WEB_DIR),
  RINGSIDE_EMBED_ORIGINS: z
    .string()
    .default("")
    .transform((text) => text.split(/[\s,]+/).filter(Boolean))
    .pipe(z.array(z.string().regex(ORIGIN, "must be origins such as https://wiki.example.com"))),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

/** The server's settings, read from the environment. */
export interface Config {
  port: number;
  dataDir: string;
  webDir: string;
  embedOrigins: string[];
  logLevel: string;
}

/** Reads the config from `env`; throws a readable error naming the bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const result = ConfigSchema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new Error(`Bad environment: ${lines.join("; ")}`);
  }
  const c = result.data;
  return {
    port: c.PORT,
    dataDir: resolve(c.RINGSIDE_DATA_DIR),
    webDir: resolve(c.RINGSIDE_WEB_DIR),
    embedOrigins: c.RINGSIDE_EMBED_ORIGINS,
    logLevel: c.LOG_LEVEL,
  };
}
