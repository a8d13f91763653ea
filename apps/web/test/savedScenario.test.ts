import { ScenarioInputSchema, ScenarioSchema } from "@ringside/api-schema";
import { openimInstall } from "@ringside/openim";
import { describe, expect, it } from "vitest";
import { savedSearch, scenarioInputOf } from "../src/share/savedScenario.js";
import { scenarioOf } from "../src/state/useScenario.js";
import { DEFAULT_VIEW, parseView, serializeView } from "../src/state/viewState.js";

function roundTrip(search: string): string {
  const input = ScenarioInputSchema.parse(scenarioInputOf(scenarioOf(parseView(search)), search));
  const saved = ScenarioSchema.parse({ ...input, id: "abc", createdAt: "2026-01-01T00:00:00Z" });
  return savedSearch(saved);
}

describe("a saved view", () => {
  it("should give back the query it was saved with", () => {
    expect(roundTrip("?preset=rollout-window&r=7&theme=dark")).toBe(
      "?preset=rollout-window&r=7&theme=dark",
    );
  });

  it("should keep an edited cluster's long query whole, past one value's limit", () => {
    const cluster = openimInstall({
      release: "payments-team-staging-openim-release-2026-eu-west-blue-green-candidate",
      namespace: "payments-team-staging-messaging-platform",
      replicas: 9,
    });
    const search = serializeView({ ...DEFAULT_VIEW, cluster, replicas: 12, query: "4950" });
    expect(search.length).toBeGreaterThan(1024);
    expect(roundTrip(search)).toBe(search);
    expect(parseView(roundTrip(search)).cluster).toEqual(cluster);
  });

  it("should open the dashboard's defaults when nothing was saved", () => {
    expect(roundTrip("")).toBe("");
  });
});
