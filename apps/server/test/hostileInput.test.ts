import {
  AnalysisSchema,
  ErrorBodySchema,
  ImportResultSchema,
  PresetListSchema,
  ScenarioSchema,
  SweepSchema,
  TimelineSchema,
  UserDetailSchema,
  UserSetSchema,
} from "@ringside/api-schema";
import fc from "fast-check";
import request from "supertest";
import { afterAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { sampleBody, sampleCluster, type TestApp, testApp } from "./testApp.js";

// Writes unlimited: the rate limit is tested elsewhere and would answer 429 to a long run.
const t: TestApp = testApp({ writeLimits: { compute: 1_000_000, store: 1_000_000 } });
afterAll(() => t.close());

/** One seed for every property, so a failure reproduces; its runs stay few for speed. */
const SEED = 20_261_203;
const RUNS = 60;
/** No request may take longer than this; a hang fails the property instead of the suite. */
const REQUEST_TIMEOUT_MS = 5_000;

type Method = "get" | "post";

interface Sent {
  method: Method;
  path: string;
  body?: string | Buffer;
  type?: string;
}

/** What each route must answer when it answers 2xx. */
const SUCCESS: Record<string, z.ZodType> = {
  "/api/v1/analysis": AnalysisSchema,
  "/api/v1/sweep": SweepSchema,
  "/api/v1/users/route": UserDetailSchema,
  "/api/v1/scenarios": ScenarioSchema,
  "/api/v1/user-sets": UserSetSchema,
  "/api/v1/cluster/import": ImportResultSchema,
  "/api/v1/presets": PresetListSchema,
  "/api/v1/timeline": TimelineSchema,
};

/**
 * Sends one request and checks the answer: a 4xx in the error shape, or a 2xx in the route's
 * own shape; never a 5xx, never a hang. Returns the response for further checks.
 */
async function sendAndCheck(sent: Sent) {
  const started = performance.now();
  let call = request(t.app)[sent.method](sent.path).timeout(REQUEST_TIMEOUT_MS);
  if (sent.type !== undefined) call = call.set("Content-Type", sent.type);
  const res = sent.body === undefined ? await call : await call.send(sent.body);
  const what = `${sent.method.toUpperCase()} ${sent.path} answered ${res.status}`;

  expect(res.status, `${what}: ${res.text.slice(0, 300)}`).toBeLessThan(500);
  expect(performance.now() - started).toBeLessThan(REQUEST_TIMEOUT_MS);
  if (res.status >= 400) {
    const parsed = ErrorBodySchema.safeParse(res.body);
    expect(parsed.success, `${what} without the error shape: ${res.text.slice(0, 300)}`).toBe(true);
  } else {
    const schema = SUCCESS[sent.path.split("?")[0] as string];
    if (schema) expect(schema.safeParse(res.body).success, `${what}: bad success body`).toBe(true);
  }
  return res;
}

// Values a careless parser trips over: huge and odd numbers, odd strings, wrong types.
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    1e308,
    -1e308,
    2 ** 53 + 2,
    -(2 ** 31),
    2 ** 32,
    1e21,
    0.5,
    -1,
    0,
    "",
    "__proto__",
    "constructor",
    "\u0000",
    "\uD800",
    "💥".repeat(300),
    "x".repeat(10_000),
    null,
    true,
    [],
    {},
    [null],
    { __proto__: null, toString: 1 },
  ),
  fc.integer(),
  fc.double(),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.jsonValue({ maxDepth: 3 }),
);

/** Every path into a JSON value, objects and arrays included. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const here = [prefix];
  if (Array.isArray(value)) {
    return [...here, ...value.flatMap((v, i) => pathsOf(v, [...prefix, i]))];
  }
  if (typeof value === "object" && value !== null) {
    return [...here, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...prefix, k]))];
  }
  return here;
}

type Mutation =
  | { kind: "set"; value: unknown }
  | { kind: "delete" }
  | { kind: "extra"; key: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  hostileValue.map((value) => ({ kind: "set" as const, value })),
  fc.constant({ kind: "delete" as const }),
  fc
    .constantFrom("__proto__", "constructor", "prototype", "extra", "toString", "hasOwnProperty")
    .map((key) => ({ kind: "extra" as const, key })),
);

/** `valid` with one field changed, as JSON text (so "__proto__" keys survive as own keys). */
function mutated(valid: unknown, pick: number, change: Mutation): string {
  const copy = structuredClone(valid);
  const paths = pathsOf(copy);
  const path = paths[pick % paths.length] as (string | number)[];
  if (path.length === 0) {
    return change.kind === "set" ? (JSON.stringify(change.value) ?? "null") : JSON.stringify(copy);
  }
  let parent = copy as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
  const last = path.at(-1) as string | number;
  if (change.kind === "set") parent[last] = change.value;
  else if (change.kind === "delete") delete parent[last];
  else {
    const target = parent[last];
    if (typeof target === "object" && target !== null && !Array.isArray(target)) {
      // Through JSON text: an own "__proto__" key, as JSON.parse on the server will see it.
      const text = JSON.stringify(target);
      const extra = `${JSON.stringify(change.key)}:{"polluted":true}`;
      parent[last] = "\u0000MARK";
      const whole = JSON.stringify(copy);
      const inner = text === "{}" ? `{${extra}}` : `{${extra},${text.slice(1)}`;
      return whole.replace('"\\u0000MARK"', inner);
    }
    parent[last] = { [change.key]: { polluted: true } };
  }
  return JSON.stringify(copy) ?? "null";
}

const cluster = sampleCluster(5);
const VALID_JSON: Record<string, unknown> = {
  "/api/v1/analysis": { ...sampleBody(5), page: { offset: 0, limit: 10 }, sampleSize: 10 },
  "/api/v1/sweep": {
    cluster,
    users: { synthetic: { count: 500, seed: 3 } },
    from: 1,
    to: 8,
    scope: "gateway",
  },
  "/api/v1/users/route": { cluster, userId: "4950983283" },
  "/api/v1/timeline": {
    cluster,
    users: { synthetic: { count: 500, seed: 3 } },
    replicas: 7,
    events: [
      { kind: "gateway", at: 1 },
      { kind: "push", at: 2 },
      { kind: "proxy", at: 4 },
    ],
    reconnect: { ratePerMinute: 0.5, seed: 1 },
    duration: 20,
    steps: 21,
  },
  "/api/v1/scenarios": {
    title: "t",
    cluster,
    users: { ids: ["4950983283", "imAdmin"] },
    view: { replicas: 5, panel: "matrix", on: true, none: null },
  },
};
const JSON_ROUTES = Object.keys(VALID_JSON);

const ODD_TYPES = [
  "application/json",
  "application/json; charset=utf-16",
  "application/json; charset=latin1",
  "text/plain",
  "text/csv",
  "application/yaml",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  "application/octet-stream",
  "",
];

const oddText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v) ?? ""),
  fc.constantFrom(
    "{",
    "[",
    "null",
    '"str"',
    "1e999",
    "-0",
    '{"a":1,"a":2}',
    '{"__proto__":{"polluted":true}}',
    '{"constructor":{"prototype":{"polluted":true}}}',
    "\uFEFF{}",
    `${"[".repeat(5000)}${"]".repeat(5000)}`,
  ),
);

const oddId = fc.oneof(
  fc.string({ unit: "binary", maxLength: 80 }),
  fc.constantFrom(
    "__proto__",
    "constructor",
    "..",
    "%2e%2e%2f",
    "%00",
    "a".repeat(65),
    "a".repeat(5000),
    "%F0%9F%92%A5",
    "%E0%A4%A",
    "AAAAAAAAAA",
  ),
);

const oddQuery = fc.oneof(
  fc
    .dictionary(
      fc.constantFrom("name", "namespace", "release", "__proto__", "constructor", "x", "name[]"),
      fc.oneof(fc.string({ unit: "binary", maxLength: 300 }), fc.constant("a".repeat(300))),
      { maxKeys: 3 },
    )
    .map((q) => new URLSearchParams(q as Record<string, string>).toString()),
  fc.constantFrom("name=a&name=b", "namespace[]=x", "%", "name=%E0%A4%A", "&&&=", "name"),
);

function property<T>(arb: fc.Arbitrary<T>, check: (value: T) => Promise<void>) {
  return fc.assert(fc.asyncProperty(arb, check), { seed: SEED, numRuns: RUNS });
}

describe("hostile input at every route", () => {
  it("should answer near-valid JSON bodies with one field mutated", async () => {
    const arb = fc.tuple(fc.constantFrom(...JSON_ROUTES), fc.nat(), mutation);
    await property(arb, async ([path, pick, change]) => {
      const body = mutated(VALID_JSON[path], pick, change);
      await sendAndCheck({ method: "post", path, body, type: "application/json" });
    });
  }, 60_000);

  it("should answer arbitrary JSON and raw texts under any content type", async () => {
    const arb = fc.tuple(fc.constantFrom(...JSON_ROUTES), oddText, fc.constantFrom(...ODD_TYPES));
    await property(arb, async ([path, body, type]) => {
      await sendAndCheck({ method: "post", path, body, type });
    });
  }, 60_000);

  it("should answer odd uploads and manifests with odd queries", async () => {
    const arb = fc.tuple(
      fc.constantFrom("/api/v1/user-sets", "/api/v1/cluster/import"),
      oddQuery,
      oddText,
      fc.constantFrom("text/plain", "text/csv", "application/yaml", "application/json"),
    );
    await property(arb, async ([route, query, body, type]) => {
      await sendAndCheck({ method: "post", path: `${route}?${query}`, body, type });
    });
  }, 60_000);

  it("should answer GETs of odd ids and odd queries", async () => {
    const arb = fc.tuple(
      fc.constantFrom(
        "/api/v1/user-sets/",
        "/api/v1/scenarios/",
        "/api/v1/presets?",
        "/api/health?",
      ),
      oddId,
    );
    await property(fc.tuple(arb, fc.boolean()), async ([[prefix, id], raw]) => {
      // raw ids reach the router's own percent-decoding, malformed sequences included
      const tail = prefix.endsWith("/") && !raw ? encodeURIComponent(id) : id;
      await sendAndCheck({ method: "get", path: `${prefix}${tail.replace(/[/?#\s]/g, "_")}` });
    });
  }, 60_000);

  it("should answer the CSV export's JSON query parameters, one of them mutated", async () => {
    const valid = { cluster, users: { synthetic: { count: 300, seed: 5 } } };
    const arb = fc.tuple(fc.nat(), mutation, fc.option(fc.constantFrom("misrouted", "x", "")));
    await property(arb, async ([pick, change, outcome]) => {
      const params = JSON.parse(mutated({ ...valid }, pick, change)) as unknown;
      const query = new URLSearchParams();
      if (typeof params === "object" && params !== null && !Array.isArray(params)) {
        for (const [key, value] of Object.entries(params)) {
          query.set(key, typeof value === "string" ? value : (JSON.stringify(value) ?? ""));
        }
      }
      if (outcome !== null) query.set("outcome", outcome);
      const res = await sendAndCheck({
        method: "get",
        path: `/api/v1/affected-users.csv?${query}`,
      });
      if (res.status === 200) expect(res.text.split("\n")[0]).toContain("userID");
    });
  }, 60_000);

  it("should read back every scenario it accepted exactly as it answered", async () => {
    const arb = fc.tuple(fc.nat(), mutation);
    await property(arb, async ([pick, change]) => {
      const body = mutated(VALID_JSON["/api/v1/scenarios"], pick, change);
      const path = "/api/v1/scenarios";
      const res = await sendAndCheck({ method: "post", path, body, type: "application/json" });
      if (res.status !== 201) return;
      const again = await sendAndCheck({ method: "get", path: `${path}/${res.body.id}` });
      expect(again.status).toBe(200);
      expect(again.body).toEqual(res.body);
    });
  }, 60_000);

  // Found by the fuzz: zod's record skips a "__proto__" key, so the view loses it. What is
  // answered and what is stored still agree, and no prototype changes.
  it("should refuse a view with __proto__ or constructor keys, naming each", async () => {
    const view = '{"__proto__":{"polluted":true},"constructor":1,"replicas":5}';
    const body = `{"cluster":${JSON.stringify(cluster)},"users":{"ids":["a"]},"view":${view}}`;
    const path = "/api/v1/scenarios";
    const res = await sendAndCheck({ method: "post", path, body, type: "application/json" });
    expect(res.status).toBe(400);
    const paths = res.body.error.issues.map((issue: { path: string }) => issue.path);
    expect(paths).toEqual(["view.__proto__", "view.constructor"]);
  });

  it("should leave Object.prototype untouched after all of it", () => {
    expect(Object.prototype).not.toHaveProperty("polluted");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
