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

// A hash (32 bits) and a key index (up to 21 bits) fit together in a double's 53-bit mantissa,
// so most sets sort natively, with no comparator call per comparison.
const PACK = 2 ** 21;

function sortByHash(hashes: Uint32Array): { order: Uint32Array; sorted: Uint32Array } {
  const n = hashes.length;
  const order = new Uint32Array(n);
  const sorted = new Uint32Array(n);
  if (n > PACK) {
    for (let i = 0; i < n; i++) order[i] = i;
    order.sort((a, b) => (hashes[a] as number) - (hashes[b] as number) || a - b);
    for (let i = 0; i < n; i++) sorted[i] = hashes[order[i] as number] as number;
    return { order, sorted };
  }

  const packed = new Float64Array(n);
  for (let i = 0; i < n; i++) packed[i] = (hashes[i] as number) * PACK + i;
  packed.sort();
  for (let i = 0; i < n; i++) {
    const p = packed[i] as number;
    const hash = Math.floor(p / PACK);
    sorted[i] = hash;
    order[i] = p - hash * PACK;
  }
  return { order, sorted };
}
