import { crc32 } from "./crc32.js";
import { EmptyRingError } from "./EmptyRingError.js";
import type { HashedKeys } from "./HashedKeys.js";

/** Virtual nodes per member: `consistent.New()` sets `NumberOfReplicas` to 20. */
export const VIRTUAL_NODES = 20;

/** One position on the 32-bit circle and the member that owns it. */
export interface RingPoint {
  /** Position on the circle, 0 to 2^32 - 1. */
  readonly hash: number;
  /** The member that owns the position: the last one added whose virtual node landed here. */
  readonly member: string;
  /** Which of the owner's virtual nodes sits here (the `i` of `crc32(String(i) + member)`). */
  readonly replica: number;
}

interface Owner {
  member: string;
  replica: number;
}

/** Where virtual node `replica` of `member` sits: the index is written first, `"0host"`. */
export function virtualNodeHash(member: string, replica: number): number {
  return crc32(String(replica) + member);
}

/**
 * A consistent hash ring that answers exactly as github.com/stathat/consistent v1.0.0 built with
 * `consistent.New()`, including its edge cases: a later `add` takes over positions it shares with
 * an earlier member, `add` of a present member rewrites its positions, `remove` deletes every
 * position its virtual nodes hash to (whoever owns it), and a key that hashes exactly onto a
 * position belongs to the next one.
 *
 * Lookups allocate nothing; see {@link ConsistentHashRing.ownersOf} for the batch path.
 *
 * @example
 * const ring = new ConsistentHashRing(["gw-0:88", "gw-1:88"]);
 * ring.get("4950983283"); // "gw-0:88" or "gw-1:88", as Go's Get would answer
 */
export class ConsistentHashRing {
  readonly #circle = new Map<number, Owner>();
  readonly #members = new Set<string>();

  // The circle in ascending order, rebuilt after each change as Go's updateSortedHashes does.
  #hashes = new Uint32Array(0);
  #owners: Owner[] = [];
  #memberAt: string[] = [];
  // Where each bucket of the circle starts in #hashes, so a lookup searches one small bucket.
  #buckets = new Int32Array(1);
  #shift = 32;
  #ownerIndex = new Int32Array(0);
  #memberList: string[] = [];

  constructor(members: Iterable<string> = []) {
    for (const member of members) this.#place(member);
    this.#rebuild();
  }

  /** Adds `member`'s 20 virtual nodes; on a shared position the member added last wins. */
  add(member: string): void {
    this.#place(member);
    this.#rebuild();
  }

  /**
   * Deletes the positions of `member`'s 20 virtual nodes, as Go does: a position it shared with
   * another member is deleted too, and removing a non-member still deletes whatever sits at its
   * virtual nodes' positions.
   */
  remove(member: string): void {
    for (let replica = 0; replica < VIRTUAL_NODES; replica++) {
      this.#circle.delete(virtualNodeHash(member, replica));
    }
    this.#members.delete(member);
    this.#rebuild();
  }

  /** The member that owns `key`. Throws {@link EmptyRingError} when the ring has no positions. */
  get(key: string): string {
    return this.getByHash(crc32(key));
  }

  /** As {@link get}, for a key whose CRC-32 is already known. */
  getByHash(hash: number): string {
    const member = this.#memberAt[this.pointIndexOf(hash)];
    if (member === undefined) throw new EmptyRingError();
    return member;
  }

  /**
   * Index into {@link points} of the position that catches `hash`: the first one strictly
   * greater, wrapping to the smallest. Go searches for `> key`, so a key that lands exactly on a
   * position goes on to the next one. -1 on an empty ring.
   */
  pointIndexOf(hash: number): number {
    const hashes = this.#hashes;
    const n = hashes.length;
    if (n === 0) return -1;
    const bucket = hash >>> this.#shift;
    let lo = this.#buckets[bucket] as number;
    let hi = this.#buckets[bucket + 1] as number;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((hashes[mid] as number) > hash) hi = mid;
      else lo = mid + 1;
    }
    return lo === n ? 0 : lo;
  }

  /** The position at `index` of {@link points}, without building the whole list. */
  pointAt(index: number): RingPoint | undefined {
    const owner = this.#owners[index];
    const hash = this.#hashes[index];
    if (owner === undefined || hash === undefined) return undefined;
    return { hash, member: owner.member, replica: owner.replica };
  }

  /** Every position on the circle, ascending, one entry per distinct position. */
  points(): RingPoint[] {
    return this.#owners.map((owner, i) => ({
      hash: this.#hashes[i] as number,
      member: owner.member,
      replica: owner.replica,
    }));
  }

  /** The members, in the order they were first added. */
  members(): string[] {
    return [...this.#memberList];
  }

  /** How many distinct positions the circle holds. */
  get size(): number {
    return this.#hashes.length;
  }

  /** The sorted positions, read-only by contract: for batch work that walks the circle. */
  get sortedHashes(): Uint32Array {
    return this.#hashes;
  }

  /** For each position of {@link sortedHashes}, the index of its owner in {@link members}. */
  get ownerIndexes(): Int32Array {
    return this.#ownerIndex;
  }

  /**
   * The batch path: the owner of every key of `keys`, as an index into {@link members} (-1 on an
   * empty ring), written to `out`. Keys are hashed once when `keys` is built, and walked in hash
   * order alongside the circle, so one call costs O(keys + positions) and allocates nothing when
   * `out` is given.
   */
  ownersOf(keys: HashedKeys, out = new Int32Array(keys.size)): Int32Array {
    const hashes = this.#hashes;
    const n = hashes.length;
    if (n === 0) return out.fill(-1);

    const order = keys.order;
    const sorted = keys.sorted;
    const ownerIndex = this.#ownerIndex;
    let point = 0;
    for (let k = 0; k < sorted.length; k++) {
      const hash = sorted[k] as number;
      while (point < n && (hashes[point] as number) <= hash) point++;
      out[order[k] as number] = ownerIndex[point === n ? 0 : point] as number;
    }
    return out;
  }

  #indexBuckets(): void {
    const hashes = this.#hashes;
    // About four buckets per position keeps most buckets to zero or one position.
    const bits = Math.min(16, Math.max(1, Math.ceil(Math.log2(hashes.length + 1)) + 2));
    const width = 2 ** (32 - bits);
    const buckets = new Int32Array(2 ** bits + 1);
    let k = 0;
    for (let b = 0; b < buckets.length; b++) {
      while (k < hashes.length && (hashes[k] as number) < b * width) k++;
      buckets[b] = k;
    }
    this.#buckets = buckets;
    this.#shift = 32 - bits;
  }

  #place(member: string): void {
    for (let replica = 0; replica < VIRTUAL_NODES; replica++) {
      this.#circle.set(virtualNodeHash(member, replica), { member, replica });
    }
    this.#members.add(member);
  }

  #rebuild(): void {
    const hashes = Uint32Array.from(this.#circle.keys()).sort();
    this.#hashes = hashes;
    this.#owners = Array.from(hashes, (hash) => this.#circle.get(hash) as Owner);
    this.#memberAt = this.#owners.map((owner) => owner.member);
    this.#indexBuckets();
    this.#memberList = [...this.#members];
    const indexOf = new Map(this.#memberList.map((member, i) => [member, i]));
    // Every position's owner is a present member: remove deletes all of a member's hashes.
    this.#ownerIndex = Int32Array.from(this.#owners, (owner) => indexOf.get(owner.member) ?? -1);
  }
}
