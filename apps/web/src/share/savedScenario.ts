import { type Scenario, type ScenarioInput, ScenarioSchema } from "@ringside/api-schema";
import { useMutation, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../api/client.js";
import type { Scenario as ViewScenario } from "../state/useScenario.js";

/** The key of a saved view's query string inside the scenario's `view` record. */
export const VIEW_QUERY_KEY = "query";

/** What "Save and share" stores: the analysed cluster and users, and the URL's query. */
export function scenarioInputOf(scenario: ViewScenario, search: string): ScenarioInput {
  return {
    cluster: scenario.cluster,
    users: scenario.users,
    view: { [VIEW_QUERY_KEY]: search },
  };
}

/** Saves a scenario; the answer carries the id of its short link. */
export function useSaveScenario() {
  return useMutation({
    mutationFn: (input: ScenarioInput) =>
      apiRequest("/api/v1/scenarios", ScenarioSchema, { method: "POST", json: input }),
  });
}

/** A saved scenario, as stored. */
export function useSavedScenario(id: string) {
  return useQuery({
    queryKey: ["scenario", id],
    queryFn: ({ signal }) =>
      apiRequest(`/api/v1/scenarios/${encodeURIComponent(id)}`, ScenarioSchema, {}, signal),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}

/** The query string a saved scenario restores; `?` plus what was saved, or nothing. */
export function savedSearch(scenario: Scenario): string {
  const query = scenario.view[VIEW_QUERY_KEY];
  if (typeof query !== "string" || query === "") return "";
  return query.startsWith("?") ? query : `?${query}`;
}
