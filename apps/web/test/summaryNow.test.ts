import type { Analysis, Sweep } from "@ringside/api-schema";
import { HashedKeys } from "@ringside/hashring";
import { analyze, ClusterRouting, sweep, syntheticUsers } from "@ringside/openim";
import { describe, expect, it } from "vitest";
import { scenarioOf } from "../src/state/useScenario.js";
import { DEFAULT_VIEW, type ViewState } from "../src/state/viewState.js";
import { summaryNow } from "../src/summary/summaryNow.js";

const keys = HashedKeys.from(syntheticUsers(2_000, 7));

const viewAt = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...patch });

/** An analysis as the server sends it, with only the summary filled in. */
function analysisWith(summary: Analysis["summary"]): Analysis {
  return { summary } as Analysis;
}

/** A sweep as the dashboard asks for it (1 to 64), cut at 16 to keep the test short. */
function sweepOf(view: ViewState): Sweep {
  const { base } = scenarioOf(view);
  return { scope: view.scope, points: sweep(base, keys, { from: 1, to: 16, scope: view.scope }) };
}

const fresh = <T>(data: T | undefined) => ({ data, isPlaceholderData: false });
const stale = <T>(data: T | undefined) => ({ data, isPlaceholderData: true });

describe("summaryNow", () => {
  it.each([
    ["as-shipped", "all", 9],
    ["replica-drift", "gateway", 4],
    ["rollout-window", "proxy", 12],
    ["patched-proxy", "push", 3],
  ] as const)(
    "should take %s scaled by %s to %i from the sweep, as the analysis counts it",
    (preset, scope, replicas) => {
      const view = viewAt({ preset, scope, replicas });
      const scenario = scenarioOf(view);
      const analysed = analyze(new ClusterRouting(scenario.cluster), keys).summary;

      const shown = summaryNow(
        stale(analysisWith({ ...analysed, misrouted: -1 })),
        fresh(sweepOf(view)),
        scenario,
      );

      expect(shown).toEqual(analysed);
    },
  );

  it("should prefer the scenario's own analysis once it has come", () => {
    const view = viewAt({ replicas: 6 });
    const own = { users: 3, delivered: 1, misrouted: 2, cannotConnect: 0, dropped: 0 };
    expect(summaryNow(fresh(analysisWith(own)), fresh(sweepOf(view)), scenarioOf(view))).toBe(own);
  });

  it("should keep the previous analysis when the replicas were not set by the slider", () => {
    // the preset's own cluster may differ from any point of the sweep (push and proxy drift)
    const view = viewAt({ preset: "replica-drift", replicas: undefined });
    const previous = { users: 3, delivered: 3, misrouted: 0, cannotConnect: 0, dropped: 0 };
    const shown = summaryNow(stale(analysisWith(previous)), fresh(sweepOf(view)), scenarioOf(view));
    expect(shown).toBe(previous);
  });

  it("should not read a sweep of another cluster", () => {
    const view = viewAt({ replicas: 6 });
    const previous = { users: 3, delivered: 3, misrouted: 0, cannotConnect: 0, dropped: 0 };
    const shown = summaryNow(stale(analysisWith(previous)), stale(sweepOf(view)), scenarioOf(view));
    expect(shown).toBe(previous);
  });
});
