import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/** Uploads at least this large are followed by a full garbage collection. */
export const COLLECT_AFTER_BYTES = 4 * 1024 * 1024;

// Node exposes gc() only behind a flag, which can still be turned on from inside the process;
// a context created after that sees the function. Where it cannot, collecting is skipped.
const gc: () => void = (() => {
  try {
    setFlagsFromString("--expose-gc");
    const found: unknown = runInNewContext("gc");
    return typeof found === "function" ? (found as () => void) : () => {};
  } catch {
    return () => {};
  }
})();

/**
 * Collects garbage now. Parsing a million-ID upload leaves some 200 MB of short-lived strings
 * and tables behind; an idle server allocates nothing, so V8 would keep that memory mapped until
 * the next request that needs a collection, possibly never. The collection holds the server
 * for about 60 ms.
 *
 * Not yet: the upload is still parsed as one string split into lines, so its peak stays about
 * 200 MB above idle while it is parsed (matters when several million-ID uploads arrive at once).
 */
export function collectGarbage(): void {
  gc();
}
