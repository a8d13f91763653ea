import CRC32 from "crc-32";

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
  const wellFormed = text.isWellFormed() ? text : text.toWellFormed();
  return CRC32.str(wellFormed) >>> 0;
}
