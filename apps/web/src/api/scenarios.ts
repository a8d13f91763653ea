import { type ScenarioInput, ScenarioSchema } from "@ringside/api-schema";
import { useMutation, useQuery } from "@tanstack/react-query";
import { apiRequest } from "./client.js";

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
