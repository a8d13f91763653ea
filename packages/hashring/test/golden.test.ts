import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ConsistentHashRing, crc32, EmptyRingError, HashedKeys } from "../src/index.js";

interface GoldenCase {
  name: string;
  members: string[];
  keys: string[];
  owners: number[];
  ring?: [number, number][];
  keyHashes?: number[];
}

// Produced by running github.com/stathat/consistent v1.0.0 itself; see the README beside it.
const goldenPath = fileURLToPath(
  new URL("../../../../shared/golden/stathat-consistent-v1.0.0.json", import.meta.url),
);
const golden = JSON.parse(readFileSync(goldenPath, "utf8")) as { cases: GoldenCase[] };

describe("golden vectors from the Go library", () => {
  it("should hold cases to check", () => {
    expect(golden.cases.length).toBeGreaterThan(30);
  });

  describe.each(golden.cases)("$name", (c) => {
    const ring = new ConsistentHashRing(c.members);

    it("should give every key the owner Go gave it", () => {
      const got = c.keys.map((key) => {
        try {
          return c.members.indexOf(ring.get(key));
        } catch (error) {
          if (error instanceof EmptyRingError) return -1;
          throw error;
        }
      });
      expect(got).toEqual(c.owners);
    });

    it("should give the same owners on the batch path", () => {
      const owners = ring.ownersOf(HashedKeys.from(c.keys));
      const members = ring.members();
      const got = Array.from(owners, (i) => (i < 0 ? -1 : c.members.indexOf(members[i] ?? "")));
      expect(got).toEqual(c.owners);
    });

    // Not every case carries the optional fields: only register the checks a case can feed.
    const { ring: goRing, keyHashes } = c;
    if (goRing) {
      it("should place every position where Go did", () => {
        const got = ring.points().map((p) => [p.hash, c.members.indexOf(p.member)]);
        expect(got).toEqual(goRing);
      });
    }

    if (keyHashes) {
      it("should hash every key as Go did", () => {
        expect(c.keys.map(crc32)).toEqual(keyHashes);
      });
    }
  });
});
