import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ErrorBodySchema, ImportResultSchema, LIMITS } from "@ringside/api-schema";
import request from "supertest";
import { afterAll, describe, expect, it } from "vitest";
import { FIXTURES, type TestApp, testApp } from "./testApp.js";

const t: TestApp = testApp();
afterAll(() => t.close());

/** Every nasty manifest must be answered within this, parsing included. */
const ANSWER_WITHIN_MS = 1000;

const helm = readFileSync(join(FIXTURES, "helm-template-openim-3.5.1.yaml"), "utf8");

/** A seeded byte generator, so "random bytes" are the same bytes on every run. */
function seededBytes(length: number, seed: number): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed >>> 0;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

function billionLaughs(levels: number): string {
  const lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < levels; i++) {
    const refs = Array.from({ length: 9 }, () => `*a${i - 1}`).join(",");
    lines.push(`a${i}: &a${i} [${refs}]`);
  }
  return `${lines.join("\n")}\n`;
}

const secret = (name: string) => ({
  apiVersion: "v1",
  kind: "Secret",
  metadata: { name, namespace: "openim" },
  type: "Opaque",
  data: { password: "aHVudGVyMg==" },
});

const PNG_HEADER = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

interface NastyCase {
  name: string;
  body: string | Buffer;
  type?: string;
  /** The status it must get; 400 unless said. */
  status?: number;
}

const CASES: NastyCase[] = [
  { name: "a billion-laughs alias bomb", body: billionLaughs(10) },
  {
    name: "an alias bomb inside an OpenIM values file",
    body: `${billionLaughs(9)}msgGateway: *a8\n`,
  },
  { name: "10,000 levels of [", body: "[".repeat(10_000) },
  { name: "10,000 levels of { a:", body: "{a: ".repeat(10_000) },
  { name: "10,000 closed levels of [ ]", body: `${"[".repeat(10_000)}${"]".repeat(10_000)}` },
  { name: "1,400 levels of block mappings (2 MB of indentation)", body: nestedBlocks(1_400) },
  {
    name: "10,000 levels of JSON objects",
    body: `${'{"a":'.repeat(10_000)}1${"}".repeat(10_000)}`,
    type: "application/json",
  },
  {
    name: "a single string near the size limit",
    body: `"${"x".repeat(LIMITS.maxManifestBytes - 16)}"`,
  },
  { name: "a plain scalar near the size limit", body: "y".repeat(LIMITS.maxManifestBytes - 16) },
  {
    name: "a document over the byte limit",
    body: `# ${"x".repeat(LIMITS.maxManifestBytes)}\n`,
    status: 413,
  },
  {
    name: "a ConfigMap alone (wrong kind)",
    body: "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata: {a: b}\n",
  },
  {
    name: "a Namespace (wrong kind)",
    body: "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: openim\n",
  },
  { name: "kind is a number", body: "apiVersion: v1\nkind: 7\nmetadata: {name: x}\n" },
  {
    name: "a List of Secrets",
    body: JSON.stringify({ apiVersion: "v1", kind: "List", items: [secret("a"), secret("b")] }),
    type: "application/json",
  },
  { name: "a List whose items is not a list", body: "apiVersion: v1\nkind: List\nitems: 5\n" },
  { name: "random bytes", body: seededBytes(64 * 1024, 7), type: "text/plain" },
  {
    name: "a PNG header",
    body: Buffer.concat([PNG_HEADER, seededBytes(4096, 3)]),
    type: "text/plain",
  },
  { name: "NUL bytes", body: Buffer.alloc(4096, 0), type: "text/plain" },
  // The StatefulSet no longer reads as one; the Deployments' envs still describe the cluster.
  {
    name: "a NUL byte inside the StatefulSet's kind",
    body: helm.replace("kind: StatefulSet", "kind: Stateful\u0000Set"),
    status: 200,
  },
  { name: "a NUL byte in a comment", body: `# a\u0000b\n${helm}`, status: 200 },
  {
    name: "a BOM before JSON",
    body: `\uFEFF${JSON.stringify({ kind: "List", apiVersion: "v1", items: [] })}`,
    type: "application/json",
  },
  {
    name: "tabs as YAML indentation",
    body: "apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n\tname: x\n",
  },
  {
    name: "duplicate keys naming two kinds",
    body: "apiVersion: v1\nkind: Secret\nkind: Secret\nmetadata: {name: a}\n",
  },
  {
    name: "merge keys pulling in a Secret",
    body: "base: &b {apiVersion: v1, kind: Secret}\nobj:\n  <<: *b\n  metadata: {name: x}\n",
  },
  {
    name: "a !!js/function tag",
    body: 'kind: !!js/function "function () { return process.exit(1) }"\n',
  },
  { name: "a !!binary Secret", body: "apiVersion: v1\nkind: Secret\ndata: !!binary aGVsbG8=\n" },
  { name: "a custom local tag", body: "!thing\napiVersion: v1\nkind: !evil StatefulSet\n" },
  {
    name: "__proto__ keys",
    body:
      '{"__proto__": {"kind": "StatefulSet", "polluted": true}, ' +
      '"constructor": {"prototype": {"x": 1}}}',
    type: "application/json",
  },
  { name: "600 empty documents", body: "---\n".repeat(600) },
  { name: "an empty body", body: "" },
  { name: "only a comment", body: "# nothing here\n" },
];

function nestedBlocks(depth: number): string {
  const lines: string[] = [];
  for (let i = 0; i < depth; i++) lines.push(`${" ".repeat(i)}k:`);
  return `${lines.join("\n")} 1\n`;
}

describe("POST /api/v1/cluster/import with nasty manifests", () => {
  for (const c of CASES) {
    it(`should answer ${c.name} with ${c.status ?? 400} within 1 s`, async () => {
      const started = performance.now();
      const res = await request(t.app)
        .post("/api/v1/cluster/import")
        .set("Content-Type", c.type ?? "application/yaml")
        .timeout(5_000)
        .send(c.body);
      const elapsed = performance.now() - started;

      expect(res.status).toBe(c.status ?? 400);
      if (res.status === 200) {
        expect(ImportResultSchema.parse(res.body).cluster.gateway.replicas).toBe(5);
      } else {
        const { error } = ErrorBodySchema.parse(res.body);
        expect(error.message.length).toBeGreaterThan(10);
        expect(error.issues.length).toBeGreaterThan(0);
      }
      expect(elapsed).toBeLessThan(ANSWER_WITHIN_MS);
    });
  }

  it("should say how deep is too deep, counting no bracket inside a quoted string", async () => {
    const deep = await request(t.app)
      .post("/api/v1/cluster/import")
      .set("Content-Type", "application/json")
      .send(`${"[".repeat(101)}${"]".repeat(101)}`);
    expect(ErrorBodySchema.parse(deep.body).error.message).toMatch(/more than 100 levels deep/);

    const quoted = await request(t.app)
      .post("/api/v1/cluster/import")
      .set("Content-Type", "application/json")
      .send(JSON.stringify({ note: "[".repeat(500) }));
    expect(ErrorBodySchema.parse(quoted.body).error.message).not.toMatch(/levels deep/);
  });

  it("should still read a valid manifest with a BOM, CRLF lines and a merge key", async () => {
    const text = `\uFEFF${helm.replace(/\n/g, "\r\n")}`;
    const started = performance.now();
    const res = await request(t.app)
      .post("/api/v1/cluster/import")
      .set("Content-Type", "application/yaml")
      .send(text);
    expect(performance.now() - started).toBeLessThan(ANSWER_WITHIN_MS);
    expect(res.status).toBe(200);
    expect(ImportResultSchema.parse(res.body).cluster.gateway.replicas).toBe(5);
  });

  it("should not let a __proto__ key change any object's prototype", async () => {
    await request(t.app)
      .post("/api/v1/cluster/import")
      .set("Content-Type", "application/json")
      .send('{"__proto__": {"polluted": true}, "apiVersion": "v1", "kind": "List", "items": []}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
  });
});
