import { inflateSync } from "node:zlib";
import { openimInstall } from "@ringside/openim";
import { describe, expect, it } from "vitest";
import { embedCode } from "../src/embed/embedCode.js";
import { clusterLine } from "../src/export/clusterLine.js";
import { pngWithText } from "../src/export/pngWithText.js";
import { pageOf } from "../src/share/pageOf.js";

/** A valid 1 x 1 grey PNG, as a canvas would give it. */
const TINY_PNG = Buffer.from(
  "89504e470d0a1a0a0000000d4948445200000001000000010800000000" +
    "3a7e9b550000000a49444154789c63680000008200815f2b3d5a0000000049454e44ae426082",
  "hex",
);

function chunks(png: Uint8Array) {
  const buffer = Buffer.from(png);
  const out: { type: string; data: Buffer; crc: number }[] = [];
  for (let at = 8; at < buffer.length; ) {
    const length = buffer.readUInt32BE(at);
    out.push({
      type: buffer.subarray(at + 4, at + 8).toString("latin1"),
      data: buffer.subarray(at + 8, at + 8 + length),
      crc: buffer.readUInt32BE(at + 8 + length),
    });
    at += 12 + length;
  }
  return out;
}

describe("pngWithText", () => {
  it("should insert tEXt chunks after IHDR and keep the image intact", () => {
    const png = pngWithText(TINY_PNG, { Description: "8,609 of 10,000 misrouted" });
    const list = chunks(png);
    expect(list.map((c) => c.type)).toEqual(["IHDR", "tEXt", "IDAT", "IEND"]);
    expect(list[1]?.data.toString("latin1")).toBe("Description\u00008,609 of 10,000 misrouted");
    const idat = list.find((c) => c.type === "IDAT");
    expect(inflateSync(idat?.data ?? Buffer.alloc(0))).toHaveLength(2);
  });

  it("should write the CRC zlib computes over type and data", async () => {
    const { crc32 } = await import("node:zlib");
    const png = pngWithText(TINY_PNG, { Title: "Ringside" });
    const text = chunks(png)[1];
    expect(text?.crc).toBe(
      crc32(Buffer.concat([Buffer.from("tEXt"), text?.data ?? Buffer.alloc(0)])),
    );
  });

  it("should replace characters outside Latin-1", () => {
    const png = pngWithText(TINY_PNG, { Title: "a → b" });
    expect(chunks(png)[1]?.data.toString("latin1")).toBe("Title\u0000a ? b");
  });
});

describe("pageOf", () => {
  it.each([
    ["/", { kind: "dashboard" }],
    ["/s/abc_1", { kind: "saved", id: "abc_1", opens: "/" }],
    ["/embed", { kind: "embed" }],
    ["/embed/s/x-y", { kind: "saved", id: "x-y", opens: "/embed" }],
    ["/story/4", { kind: "story", step: 4 }],
    ["/story", { kind: "story", step: 1 }],
    ["/s/../etc", { kind: "dashboard" }],
    ["/embedded", { kind: "dashboard" }],
  ])("should read %s", (path, page) => {
    expect(pageOf(path)).toEqual(page);
  });
});

describe("clusterLine", () => {
  it("should name release, namespace, pods and both host formats", () => {
    expect(clusterLine(openimInstall())).toBe(
      "release openimserver · namespace openim · 5 gateway pods · push ring: 5 hosts with :88 · " +
        "proxy ring: 5 hosts without port",
    );
    expect(clusterLine(openimInstall({ routing: "fan-out", hostFormat: "with-port" }))).toContain(
      "push sends to every pod (fan-out) · proxy ring: 5 hosts with :88",
    );
  });
});

describe("embedCode", () => {
  it("should frame the embed view and escape the URL for an attribute", () => {
    const code = embedCode("https://ringside.example.com", '?q=a"b&r=3');
    expect(code).toContain('src="https://ringside.example.com/embed?q=a&quot;b&amp;r=3"');
    expect(code).toMatch(/^<iframe [^>]*width="100%"[^>]*><\/iframe>$/);
  });
});
