import { pino } from "pino";

export type Logger = pino.Logger;

// Credentials a browser or a proxy in front may send; logs keep that they were sent, not them.
const REDACTED = [
  "req.headers.authorization",
  "req.headers.cookie",
  'req.headers["proxy-authorization"]',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
];

/** The server's one structured logger, to stdout unless told; "silent" under test. */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  const options = { level, base: { service: "ringside" }, redact: { paths: REDACTED } };
  return destination ? pino(options, destination) : pino(options);
}
