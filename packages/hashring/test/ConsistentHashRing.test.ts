import CRC32 from "crc-32";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ConsistentHashRing,
  crc32,
  EmptyRingError,
  HashedKeys,
  VIRTUAL_NODES,
  virtualNodeHash,
} from "../src/index.js";

// Two members of equal length that differ in one character; CRC-32 being affine, 8 of their
// virtual nodes land on the same positions (found with the Go library, kept in the golden file).
const COLLIDING = ["gw-bbcb9e88.svc:88", "gw-d7f1d74c.svc:88"] as const;

const member = fc.string({ minLength: 1, maxLength: 40 });
const members = fc.uniqueArray(member, { minLength: 1, maxLength: 12 });
const keys = fc.array(fc.string({ maxLength: 24 }), { minLength: 1, maxLength: 60 });
const SEED = 20_261_203;

function owners(ring: ConsistentHashRing, ks: readonly string[]): string[] {
  return ks.map((k) => ring.get(k));
}

describe("crc32", () => {
  it("should match the CRC-32/IEEE check value", () => {
    expect(crc32("123456789")).toBe(0xcbf43926);
  });

  it("should hash the UTF-8 bytes of non-ASCII text", () => {
    // "é" is C3 A9 in UTF-8; "😀" is F0 9F 98 80.
    expect(crc32("é")).toBe(0x0e048d3e);
    expect(crc32("😀")).toBe(0x054db544);
  });

  it("should agree with the crc-32 library on the UTF-8 bytes of any string", () => {
    const utf8 = (text: string) => CRC32.buf(new TextEncoder().encode(text)) >>> 0;
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: "grapheme", maxLength: 20 })),
        (text) => {
          expect(crc32(text)).toBe(utf8(text));
        },
      ),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it("should hash a lone surrogate as U+FFFD, as a Go decoder delivers it", () => {
    expect(crc32("a\ud800b")).toBe(0xd0b99122);
  });
});

describe("ConsistentHashRing", () => {
  it("should place 20 virtual nodes per member at crc32(index + member)", () => {
    const ring = new ConsistentHashRing(["host"]);
    const expected = Array.from({ length: VIRTUAL_NODES }, (_, i) => crc32(`${i}host`));
    expect(ring.points().map((p) => p.hash)).toEqual([...expected].sort((a, b) => a - b));
    expect(ring.points().every((p) => p.member === "host")).toBe(true);
  });

  it("should throw EmptyRingError from get on an empty ring", () => {
    expect(() => new ConsistentHashRing().get("imAdmin")).toThrow(EmptyRingError);
  });

  it("should send a key that hashes exactly onto a position to the next position", () => {
    const ring = new ConsistentHashRing(["a", "b", "c"]);
    const points = ring.points();
    for (let i = 0; i < points.length; i++) {
      const next = points[(i + 1) % points.length];
      expect(ring.getByHash(points[i]?.hash ?? -1)).toBe(next?.member);
    }
  });

  it("should agree with a linear scan at each position, its neighbours and both ends", () => {
    // Reference: the first position strictly greater than the hash, else the smallest.
    const naive = (points: { hash: number; member: string }[], hash: number) =>
      (points.find((p) => p.hash > hash) ?? points[0])?.member;
    fc.assert(
      fc.property(members, fc.array(fc.nat({ max: 2 ** 32 - 1 }), { maxLength: 50 }), (ms, hs) => {
        const ring = new ConsistentHashRing(ms);
        const points = ring.points();
        const probes = [0, 2 ** 32 - 1, 2 ** 31, 2 ** 28 - 1, 2 ** 28, ...hs];
        for (const p of points) probes.push(p.hash, p.hash - 1, p.hash + 1);
        for (const hash of probes.filter((h) => h >= 0 && h < 2 ** 32)) {
          expect(ring.getByHash(hash)).toBe(naive(points, hash));
        }
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it("should let the member added later own a shared position", () => {
    const [first, second] = COLLIDING;
    const forward = new ConsistentHashRing([first, second]);
    const backward = new ConsistentHashRing([second, first]);
    expect(forward.size).toBe(2 * VIRTUAL_NODES - 8);
    const shared = forward.points().filter((p) => backward.points().some((q) => q.hash === p.hash));
    const flipped = shared.filter(
      (p) => backward.points().find((q) => q.hash === p.hash)?.member !== p.member,
    );
    expect(flipped).toHaveLength(8);
    expect(flipped.every((p) => p.member === second)).toBe(true);
  });

  it("should rewrite a present member's positions when it is added again", () => {
    const [first, second] = COLLIDING;
    const ring = new ConsistentHashRing([first, second]);
    ring.add(first);
    expect(ring.points().filter((p) => p.member === first)).toHaveLength(VIRTUAL_NODES);
    expect(ring.members()).toEqual([first, second]);
  });

  it("should delete a shared position on remove even when another member owns it", () => {
    const [first, second] = COLLIDING;
    const ring = new ConsistentHashRing([first, second]);
    ring.remove(first);
    // Go deletes all 20 hashes of the removed member: the 8 that second had won go too.
    expect(ring.size).toBe(VIRTUAL_NODES - 8);
    expect(ring.members()).toEqual([second]);
  });

  it("should delete the positions of a non-member's virtual nodes on remove, as Go does", () => {
    const [first, second] = COLLIDING;
    const ring = new ConsistentHashRing([first]);
    ring.remove(second);
    expect(ring.size).toBe(VIRTUAL_NODES - 8);
    expect(ring.members()).toEqual([first]);
  });

  it("should report the virtual node that catches a key", () => {
    const ring = new ConsistentHashRing(["gw-0", "gw-1"]);
    const point = ring.pointAt(ring.pointIndexOf(crc32("4950983283")));
    expect(point?.member).toBe(ring.get("4950983283"));
    expect(virtualNodeHash(point?.member ?? "", point?.replica ?? -1)).toBe(point?.hash);
  });

  it("should only move keys to a new member when it is added", () => {
    fc.assert(
      fc.property(members, member, keys, (ms, extra, ks) => {
        fc.pre(!ms.includes(extra));
        const ring = new ConsistentHashRing(ms);
        const before = owners(ring, ks);
        ring.add(extra);
        const after = owners(ring, ks);
        return after.every((owner, i) => owner === before[i] || owner === extra);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it("should restore the previous owners when the added member is removed", () => {
    fc.assert(
      fc.property(members, member, keys, (ms, extra, ks) => {
        const ring = new ConsistentHashRing(ms);
        const taken = new Set(ring.points().map((p) => p.hash));
        const extraHashes = Array.from({ length: VIRTUAL_NODES }, (_, i) =>
          virtualNodeHash(extra, i),
        );
        // Go's remove also deletes positions the new member shared: only then can it differ.
        fc.pre(!ms.includes(extra) && extraHashes.every((h) => !taken.has(h)));
        const before = owners(ring, ks);
        ring.add(extra);
        ring.remove(extra);
        expect(owners(ring, ks)).toEqual(before);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it("should list points ascending with one entry per distinct position", () => {
    fc.assert(
      fc.property(fc.array(member, { maxLength: 12 }), (ms) => {
        const ring = new ConsistentHashRing(ms);
        const hashes = ring.points().map((p) => p.hash);
        const distinct = new Set(
          ms.flatMap((m) => [...Array(VIRTUAL_NODES).keys()].map((i) => virtualNodeHash(m, i))),
        );
        expect(hashes).toHaveLength(distinct.size);
        expect(hashes.every((h, i) => i === 0 || (hashes[i - 1] as number) < h)).toBe(true);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it("should agree with get on the batch path for any members and keys", () => {
    fc.assert(
      fc.property(members, keys, (ms, ks) => {
        const ring = new ConsistentHashRing(ms);
        const batch = ring.ownersOf(HashedKeys.from(ks));
        const names = ring.members();
        expect(Array.from(batch, (i) => names[i])).toEqual(owners(ring, ks));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

describe("HashedKeys", () => {
  it("should keep hashes in key order and in ascending order", () => {
    const ks = ["4950983283", "imAdmin", "openIMAdmin", "", "4950983283"];
    const hashed = HashedKeys.from(ks);
    expect(Array.from(hashed.hashes)).toEqual(ks.map(crc32));
    expect(Array.from(hashed.sorted)).toEqual(ks.map(crc32).sort((a, b) => a - b));
    expect(Array.from(hashed.order, (i) => hashed.hashes[i])).toEqual(Array.from(hashed.sorted));
  });

  it("should sort any hashes ascending with ties in key order, small sets and large", () => {
    // few distinct high and low halves, so every radix digit sees ties
    const hash = fc
      .tuple(fc.constantFrom(0, 1, 0x7ff, 0xffff), fc.constantFrom(0, 0x800, 0xfffe, 0xffff))
      .map(([high, low]) => ((high << 16) | low) >>> 0);
    const hashes = fc.oneof(
      fc.array(fc.oneof(hash, fc.nat({ max: 2 ** 32 - 1 })), { maxLength: 40 }),
      fc.array(fc.oneof(hash, fc.nat({ max: 2 ** 32 - 1 })), { minLength: 512, maxLength: 3000 }),
    );
    fc.assert(
      fc.property(hashes, (hs) => {
        const keys = HashedKeys.fromHashes(Uint32Array.from(hs));
        const expected = hs
          .map((h, i) => [h, i] as const)
          .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
        expect(Array.from(keys.order)).toEqual(expected.map(([, i]) => i));
        expect(Array.from(keys.sorted)).toEqual(expected.map(([h]) => h));
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it("should count the keys below a hash", () => {
    const hashed = HashedKeys.fromHashes(Uint32Array.from([5, 1, 9, 5]));
    expect([0, 1, 2, 5, 6, 10].map((h) => hashed.countBelow(h))).toEqual([0, 0, 1, 1, 3, 4]);
  });
});
