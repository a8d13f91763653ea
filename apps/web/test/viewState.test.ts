import { openimInstall } from "@ringside/openim";
import { describe, expect, it } from "vitest";
import { DEFAULT_VIEW, parseView, serializeView, type ViewState } from "../src/state/viewState.js";

describe("view state in the URL", () => {
  it("should write the default view as an empty query", () => {
    expect(serializeView(DEFAULT_VIEW)).toBe("");
    expect(parseView("")).toEqual(DEFAULT_VIEW);
  });

  it("should read back every field it writes", () => {
    const view: ViewState = {
      preset: "rollout-window",
      cluster: openimInstall({ replicas: 3, proxyReplicaEnv: "5" }),
      replicas: 7,
      scope: "gateway",
      scaleTo: 12,
      synthetic: { count: 500, seed: 9 },
      setId: undefined,
      user: "4950983283",
      pod: 2,
      cell: { connect: -1, deliver: 3 },
      outcome: "misrouted",
      query: "495",
      theme: "dark",
    };
    const back = parseView(serializeView(view));
    // an edited cluster wins over the preset, so the preset is not written
    expect(back).toEqual({ ...view, preset: DEFAULT_VIEW.preset });
  });

  it("should keep an uploaded set over synthetic users", () => {
    const back = parseView(serializeView({ ...DEFAULT_VIEW, setId: "abc_123" }));
    expect(back.setId).toBe("abc_123");
  });

  it("should fall back to defaults for values out of range or malformed", () => {
    const view = parseView(
      "?r=5000&preset=nope&n=0&seed=-1&scope=all-of-it&cell=1&theme=blue&cluster={bad",
    );
    expect(view).toEqual(DEFAULT_VIEW);
  });

  it("should refuse a cluster that breaks the contract", () => {
    const cluster = { ...openimInstall(), gateway: { statefulSet: "Bad Name" } };
    expect(parseView(`?cluster=${encodeURIComponent(JSON.stringify(cluster))}`).cluster).toBe(
      undefined,
    );
  });
});
