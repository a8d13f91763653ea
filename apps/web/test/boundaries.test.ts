import { ConsistentHashRing } from "@ringside/hashring";
import { describe, expect, it } from "vitest";
import {
  type Boundary,
  boundariesOf,
  CIRCLE,
  type Segment,
  segmentsOf,
} from "../src/rings/boundaries.js";

const hosts = (n: number) => Array.from({ length: n }, (_, i) => `gw-${i}.svc.cluster.local:88`);

/** The side of an analysis as the API sends it: each host its own target. */
function sideOf(ring: ConsistentHashRing, members: string[]) {
  return {
    hosts: members,
    ring: ring.points().map((p) => ({
      hash: p.hash,
      member: members.indexOf(p.member),
      replica: p.replica,
    })),
    targets: members.map((_, i) => i),
  };
}

function segmentAt(segments: Segment[], hash: number): Segment | undefined {
  return segments.find(
    (s) => (hash >= s.start && hash < s.end) || (hash - CIRCLE >= s.start && hash - CIRCLE < s.end),
  );
}

describe("segmentsOf", () => {
  it("should give every hash to the member Go's Get picks (the next position, strictly)", () => {
    const members = hosts(5);
    const ring = new ConsistentHashRing(members);
    const segments = segmentsOf(boundariesOf(sideOf(ring, members)));
    let seed = 7;
    for (let i = 0; i < 2000; i++) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      const owner = members.indexOf(ring.getByHash(seed));
      expect(segmentAt(segments, seed)?.target).toBe(owner);
    }
  });

  it("should give a hash sitting exactly on a position to the next position", () => {
    const members = hosts(3);
    const ring = new ConsistentHashRing(members);
    const segments = segmentsOf(boundariesOf(sideOf(ring, members)));
    for (const point of ring.points()) {
      expect(segmentAt(segments, point.hash)?.target).toBe(
        members.indexOf(ring.getByHash(point.hash)),
      );
    }
  });

  it("should cover the circle once, merging neighbours of one target", () => {
    const members = hosts(4);
    const segments = segmentsOf(boundariesOf(sideOf(new ConsistentHashRing(members), members)));
    const total = segments.reduce((sum, s) => sum + (s.end - s.start), 0);
    expect(total).toBe(CIRCLE);
    for (let i = 1; i < segments.length; i++) {
      expect(segments[i]?.target).not.toBe(segments[i - 1]?.target);
    }
  });

  it("should draw one full turn for a single position", () => {
    const one: Boundary[] = [{ hash: 100, target: 0 }];
    expect(segmentsOf(one)).toEqual([{ start: 100 - CIRCLE, end: 100, target: 0 }]);
    expect(segmentsOf([])).toEqual([]);
  });
});
