import { pino } from "pino";

export type Logger = pino.Logger;

/** The server's one structured logger; "silent" under test. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: "ringside" } });
}
