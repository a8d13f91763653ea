import type { Scenario, ScenarioInput } from "@ringside/api-schema";
import type { Scenario as ViewScenario } from "../state/useScenario.js";

/** The key of a saved view's query string inside the scenario's `view` record. */
export const VIEW_QUERY_KEY = "query";

/** A `view` value holds at most this many characters; longer queries are split. */
const PIECE = 1000;

/**
 * What "Save and share" stores: the analysed cluster and users, and the URL's query. A query
 * with an edited cluster runs past one value's limit, so it is kept in pieces: `query`,
 * `query.1`, `query.2`...
 */
export function scenarioInputOf(scenario: ViewScenario, search: string): ScenarioInput {
  const view: Record<string, string> = { [VIEW_QUERY_KEY]: search.slice(0, PIECE) };
  for (let i = 1; i * PIECE < search.length; i++) {
    view[`${VIEW_QUERY_KEY}.${i}`] = search.slice(i * PIECE, (i + 1) * PIECE);
  }
  return { cluster: scenario.cluster, users: scenario.users, view };
}

/** The query string a saved scenario restores; `?` plus what was saved, or nothing. */
export function savedSearch(scenario: Scenario): string {
  let query = scenario.view[VIEW_QUERY_KEY];
  if (typeof query !== "string" || query === "") return "";
  for (let i = 1; ; i++) {
    const piece = scenario.view[`${VIEW_QUERY_KEY}.${i}`];
    if (typeof piece !== "string") break;
    query += piece;
  }
  return query.startsWith("?") ? query : `?${query}`;
}
