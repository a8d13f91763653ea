import type { Users } from "@ringside/api-schema";
import type { Cluster } from "@ringside/openim";
import { useQuery } from "@tanstack/react-query";
import { analysisQuery } from "./queries.js";
import { overviewRequest } from "./requests.js";

/**
 * Whether the overview of this cluster has arrived. The server answers one request at a time,
 * so everything else a change asks for (a table page, the other end of a scale change, the
 * neighbours) waits for it rather than queueing in front of it.
 */
export function useOverviewReady(cluster: Cluster, users: Users): boolean {
  // the same query the dashboard observes: this never fetches on its own
  const overview = useQuery({ ...analysisQuery(overviewRequest(cluster, users)), enabled: false });
  return overview.data !== undefined;
}
