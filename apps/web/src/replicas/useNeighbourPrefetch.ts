import { LIMITS } from "@ringside/api-schema";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useMemo } from "react";
import { analysisQuery } from "../api/queries.js";
import { overviewRequest } from "../api/requests.js";
import { useOverviewReady } from "../api/useOverviewReady.js";
import { scenarioOf } from "../state/useScenario.js";
import type { ViewState } from "../state/viewState.js";

/** Replica counts on each side of the current one fetched ahead, so the slider never waits. */
const REACH = 2;

/**
 * Prefetches the overview at the replica counts next to the current one, once the current
 * one has arrived: the server answers one request at a time, and the count on screen comes first.
 */
export function useNeighbourPrefetch(view: ViewState, replicas: number) {
  const client = useQueryClient();
  const current = useMemo(() => scenarioOf(view), [view]);
  const ready = useOverviewReady(current.cluster, current.users);
  useEffect(() => {
    if (!ready) return;
    for (let step = -REACH; step <= REACH; step++) {
      const next = replicas + step;
      if (step === 0 || next < 1 || next > LIMITS.maxReplicas) continue;
      const { cluster, users } = scenarioOf({ ...view, replicas: next });
      void client.prefetchQuery(analysisQuery(overviewRequest(cluster, users)));
    }
    // a hover re-runs this too; cached answers make the repeat free
  }, [client, replicas, view, ready]);
}
