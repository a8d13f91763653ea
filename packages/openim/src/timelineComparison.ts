import type { HostFormat } from "./cluster.js";
import { type Timeline, timeline } from "./timeline.js";
import type { TimelineInput } from "./timelineInput.js";

/** One change, timed the same way, for the 3.5.1 proxy and for the patched one. */
export interface TimelineComparison {
  /** The proxy as OpenIM 3.5.1 ships it: hosts without `:port`. */
  withoutPort: Timeline;
  /** The patched proxy: hosts with push's `:port`. */
  withPort: Timeline;
}

/**
 * Runs the same change for both proxy host formats, whatever format `input.cluster` has, so a
 * chart can overlay them. Users draw the same reconnect delays in both runs. The patched proxy
 * still misroutes while push and the proxy build their rings from different replica counts,
 * and while users stay on the pods they picked before the change.
 */
export function timelineComparison(input: TimelineInput): TimelineComparison {
  const run = (hostFormat: HostFormat) =>
    timeline({
      ...input,
      cluster: { ...input.cluster, proxy: { ...input.cluster.proxy, hostFormat } },
    });
  return { withoutPort: run("without-port"), withPort: run("with-port") };
}
