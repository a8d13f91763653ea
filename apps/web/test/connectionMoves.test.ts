import { HashedKeys } from "@ringside/hashring";
import {
  type Cluster,
  openimInstall,
  presetById,
  scaleChange,
  syntheticUsers,
  withReplicas,
} from "@ringside/openim";
import { describe, expect, it } from "vitest";
import { connectionMoves } from "../src/replicas/connectionMoves.js";

const keys = HashedKeys.from(syntheticUsers(20_000, 5));

/** The count the slow way: every user routed on both clusters. */
const routedOneByOne = (before: Cluster, after: Cluster) =>
  scaleChange(before, after, keys).connectionMoved.length;

describe("connectionMoves", () => {
  it.each([
    [1, 2],
    [5, 6],
    [6, 5],
    [3, 17],
    [64, 63],
  ])(
    "should count the users routed one by one when scaling everything from %i to %i",
    (from, to) => {
      const base = openimInstall();
      const before = withReplicas(base, from, "all");
      const after = withReplicas(base, to, "all");
      const moved = connectionMoves(before, after, keys);
      expect(moved).toBe(routedOneByOne(before, after));
      expect(moved).toBeGreaterThan(0);
    },
  );

  it.each(["gateway", "proxy", "push"] as const)(
    "should count hosts without pods as the one-by-one routing does, scaling only %s",
    (scope) => {
      const base = presetById("replica-drift").cluster;
      const before = withReplicas(base, 4, scope);
      const after = withReplicas(base, 7, scope);
      expect(connectionMoves(before, after, keys)).toBe(routedOneByOne(before, after));
    },
  );

  it("should count nobody when the proxy ring does not change", () => {
    const cluster = openimInstall({ replicas: 5 });
    expect(connectionMoves(cluster, cluster, keys)).toBe(0);
  });
});
