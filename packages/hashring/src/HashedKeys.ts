import { crc32 } from "./crc32.js";

/**
 * A set of keys hashed once, kept both in key order and in hash order, so that any number of
 * rings can route them without hashing again. Building it costs one CRC-32 per key and one sort.
 *
 * @example
 * const keys = HashedKeys.from(["4950983283", "imAdmin"]);
 * pushRing.ownersOf(keys); proxyRing.ownersOf(keys); // no key is hashed twice
 */
export class HashedKeys {
  /** CRC-32 of each key, in key order. */
  readonly hashes: Uint32Array;
  /** The same hashes, ascending. */
  readonly sorted: Uint32Array;
  /** Key indexes in ascending hash order: `sorted[i] === hashes[order[i]]`. */
  readonly order: Uint32Array;

  private constructor(hashes: Uint32Array) {
    this.hashes = hashes;
    const { order, sorted } = sortByHash(hashes);
    this.order = order;
    this.sorted = sorted;
  }

  /** Hashes every key of `keys` once. */
  static from(keys: readonly string[]): HashedKeys {
    const hashes = new Uint32Array(keys.length);
    for (let i = 0; i < keys.length; i++) hashes[i] = crc32(keys[i] as string);
    return new HashedKeys(hashes);
  }

  /** Wraps hashes computed elsewhere (stored with an uploaded set, say). */
  static fromHashes(hashes: Uint32Array): HashedKeys {
    return new HashedKeys(hashes);
  }

  /** How many keys there are. */
  get size(): number {
    return this.hashes.length;
  }

  /** How many keys hash strictly below `hash`. */
  countBelow(hash: number): number {
    const sorted = this.sorted;
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((sorted[mid] as number) < hash) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

// Below this many keys a comparison sort is quicker than setting up the radix passes.
const RADIX_FROM = 512;
// Three stable passes of 11, 11 and 10 bits cover a 32-bit hash with small count tables.
const DIGIT_BITS = 11;
const PASSES = 3;

/**
 * The key indexes in ascending hash order, ties in key order, and the hashes in that order.
 * An LSD radix sort: a million hashes sort in a few passes over memory, no comparator calls.
 */
function sortByHash(hashes: Uint32Array): { order: Uint32Array; sorted: Uint32Array } {
  const n = hashes.length;
  if (n < RADIX_FROM) {
    const order = Uint32Array.from({ length: n }, (_, i) => i);
    order.sort((a, b) => (hashes[a] as number) - (hashes[b] as number) || a - b);
    return { order, sorted: Uint32Array.from(order, (i) => hashes[i] as number) };
  }

  let keys = hashes.slice();
  let order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let nextKeys = new Uint32Array(n);
  let nextOrder = new Uint32Array(n);
  const counts = new Uint32Array(1 << DIGIT_BITS);
  const mask = (1 << DIGIT_BITS) - 1;
  for (let pass = 0; pass < PASSES; pass++) {
    const shift = pass * DIGIT_BITS;

    // where each digit's run starts, then every key moved to its run, in order: stable
    counts.fill(0);
    for (let i = 0; i < n; i++) {
      const digit = ((keys[i] as number) >>> shift) & mask;
      counts[digit] = (counts[digit] as number) + 1;
    }
    let start = 0;
    for (let d = 0; d < counts.length; d++) {
      const count = counts[d] as number;
      counts[d] = start;
      start += count;
    }
    for (let i = 0; i < n; i++) {
      const key = keys[i] as number;
      const digit = (key >>> shift) & mask;
      const at = counts[digit] as number;
      counts[digit] = at + 1;
      nextKeys[at] = key;
      nextOrder[at] = order[i] as number;
    }
    [keys, nextKeys] = [nextKeys, keys];
    [order, nextOrder] = [nextOrder, order];
  }
  return { order, sorted: keys };
}
