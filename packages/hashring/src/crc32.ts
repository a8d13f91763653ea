import CRC32 from "crc-32";

// The library's byte table, and three more derived from it for reading four bytes a step
// ("slicing by four"): user IDs are short ASCII strings, and hashing them is most of a lookup.
// (crc-32 exports its table at run time; its type declarations leave it out.)
const T0 = Int32Array.from((CRC32 as unknown as { table: ArrayLike<number> }).table);
const T1 = nextTable(T0);
const T2 = nextTable(T1);
const T3 = nextTable(T2);

function nextTable(previous: Int32Array): Int32Array {
  return previous.map((v) => (v >>> 8) ^ (T0[v & 0xff] as number));
}

/**
 * CRC-32/IEEE (the zlib and Go `hash/crc32.ChecksumIEEE` checksum) of the UTF-8 bytes of `text`,
 * as an unsigned 32-bit integer.
 *
 * A JavaScript string may hold a lone UTF-16 surrogate, which has no UTF-8 form. Such a string
 * reaches a Go program only through a decoder (JSON, gRPC, an HTTP form) that replaces it with
 * U+FFFD, so it is hashed that way here too.
 *
 * @example
 * crc32("imAdmin"); // the same number Go's crc32.ChecksumIEEE([]byte("imAdmin")) gives
 */
export function crc32(text: string): number {
  // ASCII is its own UTF-8: hash the character codes directly, four at a time.
  let c = -1;
  const n = text.length;
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    const a = text.charCodeAt(i);
    const b = text.charCodeAt(i + 1);
    const d = text.charCodeAt(i + 2);
    const e = text.charCodeAt(i + 3);
    if ((a | b | d | e) >= 0x80) return crc32Unicode(text);
    c ^= a | (b << 8) | (d << 16) | (e << 24);
    c =
      (T3[c & 0xff] as number) ^
      (T2[(c >>> 8) & 0xff] as number) ^
      (T1[(c >>> 16) & 0xff] as number) ^
      (T0[c >>> 24] as number);
  }
  for (; i < n; i++) {
    const a = text.charCodeAt(i);
    if (a >= 0x80) return crc32Unicode(text);
    c = (c >>> 8) ^ (T0[(c ^ a) & 0xff] as number);
  }
  return ~c >>> 0;
}

function crc32Unicode(text: string): number {
  const wellFormed = text.isWellFormed() ? text : text.toWellFormed();
  return CRC32.str(wellFormed) >>> 0;
}
