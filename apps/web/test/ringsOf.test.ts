import { crc32 } from "@ringside/hashring";
import { ClusterRouting, openimInstall, presetById, syntheticUsers } from "@ringside/openim";
import { describe, expect, it } from "vitest";
import { boundariesOf, CIRCLE, segmentsOf } from "../src/rings/boundaries.js";
import { ringsOf } from "../src/rings/ringsOf.js";

/** The target of the arc a hash falls in, as the chart draws it. */
function drawnTarget(side: ReturnType<typeof ringsOf>["push"], hash: number): number {
  const segment = segmentsOf(boundariesOf(side)).find(
    (s) => (hash >= s.start && hash < s.end) || (hash - CIRCLE >= s.start && hash - CIRCLE < s.end),
  );
  return segment?.target ?? -1;
}

describe("ringsOf", () => {
  it.each([
    ["as-shipped at 7", openimInstall({ replicas: 7 })],
    ["rollout-window", presetById("rollout-window").cluster],
    ["replica-drift", presetById("replica-drift").cluster],
  ])("should draw each user of %s in the arc of the pod both rings route it to", (_, cluster) => {
    const rings = ringsOf(cluster);
    const routing = new ClusterRouting(cluster);
    for (const id of syntheticUsers(300, 3)) {
      const hash = crc32(id);
      expect(drawnTarget(rings.proxy, hash)).toBe(routing.connectOf(hash));
      expect(drawnTarget(rings.push, hash)).toBe(routing.deliverOf(hash));
    }
  });

  it("should list the targets with existing pods first and a host per position", () => {
    const rings = ringsOf(presetById("replica-drift").cluster);
    const firstMissing = rings.targets.findIndex((t) => !t.exists);
    expect(firstMissing).toBeGreaterThan(0);
    expect(rings.targets.slice(firstMissing).every((t) => !t.exists)).toBe(true);
    expect(rings.proxy.ring).toHaveLength(20 * rings.proxy.hosts.length);
    expect(rings.push.ring).toHaveLength(20 * rings.push.hosts.length);
  });
});
