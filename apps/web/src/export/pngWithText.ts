const SIGNATURE_BYTES = 8;
// IHDR is always first: length (4), type (4), 13 bytes of data, CRC (4).
const IHDR_END = SIGNATURE_BYTES + 4 + 4 + 13 + 4;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** PNG text is Latin-1: anything else becomes `?`. */
function latin1(text: string): number[] {
  return Array.from(text, (ch) => {
    const code = ch.charCodeAt(0);
    return code < 256 ? code : 63;
  });
}

/** A tEXt chunk: keyword, a zero byte, the text; CRC over type and data. */
function textChunk(keyword: string, text: string): Uint8Array {
  const data = [...latin1(keyword), 0, ...latin1(text)];
  const chunk = new Uint8Array(12 + data.length);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, data.length);
  chunk.set([0x74, 0x45, 0x58, 0x74], 4); // "tEXt"
  chunk.set(data, 8);
  view.setUint32(8 + data.length, crc32(chunk.subarray(4, 8 + data.length)));
  return chunk;
}

/** The PNG with tEXt chunks (such as `Title` and `Description`) inserted right after IHDR. */
export function pngWithText(png: Uint8Array, entries: Record<string, string>): Uint8Array {
  const chunks = Object.entries(entries).map(([keyword, text]) => textChunk(keyword, text));
  const extra = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  const out = new Uint8Array(png.length + extra);
  out.set(png.subarray(0, IHDR_END), 0);
  let at = IHDR_END;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  out.set(png.subarray(IHDR_END), at);
  return out;
}
