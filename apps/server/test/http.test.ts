import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ErrorBodySchema, HealthSchema } from "@ringside/api-schema";
import request from "supertest";
import { afterAll, describe, expect, it } from "vitest";
import { createLogger } from "../src/logger.js";
import { sampleBody, type TestApp, testApp } from "./testApp.js";

const apps: TestApp[] = [];
function make(...args: Parameters<typeof testApp>): TestApp {
  const made = testApp(...args);
  apps.push(made);
  return made;
}
afterAll(() => {
  for (const made of apps) made.close();
});

const t = make({ embedOrigins: ["https://wiki.example.com"] });

describe("security headers", () => {
  it("should forbid framing and inline scripts outside the embed view", async () => {
    const res = await request(t.app).get("/api/health");
    const csp = res.headers["content-security-policy"] ?? "";
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).toContain("img-src 'self' data: blob:");
    expect(res.headers["x-frame-options"]).toBe("DENY");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["x-powered-by"]).toBeUndefined();
  });

  it.each(["/embed", "/embed/s/abc"])(
    "should let this site and the embed origins frame %s",
    async (path) => {
      const res = await request(t.app).get(path);
      expect(res.headers["content-security-policy"]).toContain(
        "frame-ancestors 'self' https://wiki.example.com",
      );
      expect(res.headers["x-frame-options"]).toBeUndefined();
    },
  );

  it("should not treat /embedded as the embed view", async () => {
    const res = await request(t.app).get("/embedded");
    expect(res.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  });
});

describe("request ids", () => {
  it("should echo an incoming x-request-id and make one otherwise", async () => {
    const given = await request(t.app).get("/api/health").set("x-request-id", "trace-42");
    expect(given.headers["x-request-id"]).toBe("trace-42");
    const made = await request(t.app).get("/api/health");
    expect(made.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("request logs", () => {
  it("should note credentials a request carried without writing them down", async () => {
    const lines: string[] = [];
    const logger = createLogger("info", { write: (line: string) => lines.push(line) });
    const logged = make({ logger });
    await request(logged.app)
      .get("/api/health")
      .set("authorization", "Bearer s3cret-token")
      .set("cookie", "session=s3cret-cookie");
    const entry = lines.map((line) => JSON.parse(line)).find((e) => e.req?.url === "/api/health");
    expect(entry?.req.headers.authorization).toBe("[Redacted]");
    expect(entry?.req.headers.cookie).toBe("[Redacted]");
    expect(lines.join("")).not.toContain("s3cret");
  });
});

describe("service routes", () => {
  it("should answer health", async () => {
    const res = await request(t.app).get("/api/health");
    expect(res.status).toBe(200);
    expect(HealthSchema.parse(res.body).status).toBe("ok");
  });

  it("should answer 404 in the error shape for an unknown API route", async () => {
    const res = await request(t.app).post("/api/v1/nothing-here").send({});
    expect(res.status).toBe(404);
    expect(ErrorBodySchema.parse(res.body).error.message).toContain("/api/v1/nothing-here");
  });

  it("should document every route in OpenAPI 3.1 with component schemas", async () => {
    const res = await request(t.app).get("/api/v1/openapi.json");
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe("3.1.0");
    expect(Object.keys(res.body.paths).sort()).toEqual([
      "/api/health",
      "/api/v1/affected-users.csv",
      "/api/v1/analysis",
      "/api/v1/cluster/import",
      "/api/v1/presets",
      "/api/v1/scenarios",
      "/api/v1/scenarios/{id}",
      "/api/v1/sweep",
      "/api/v1/timeline",
      "/api/v1/user-sets",
      "/api/v1/user-sets/{id}",
      "/api/v1/users/route",
    ]);
    const schemas = res.body.components.schemas;
    for (const name of ["Analysis", "AnalysisRequest", "Cluster", "Error", "Scenario"]) {
      expect(schemas[name], name).toBeDefined();
    }
    // Defaults make request fields optional; the response always has them.
    expect(schemas.AnalysisRequest.required).toEqual(["cluster", "users"]);
    const analysis = res.body.paths["/api/v1/analysis"].post;
    expect(analysis.requestBody.content["application/json"].schema.$ref).toBe(
      "#/components/schemas/AnalysisRequest",
    );
    expect(JSON.stringify(res.body)).not.toContain("__input__");

    // Every reference resolves to a component.
    const refs = [
      ...JSON.stringify(res.body).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g),
    ];
    expect(refs.length).toBeGreaterThan(20);
    for (const [, name] of refs) expect(schemas[name as string], name).toBeDefined();
    // ...and every component is referred to: none is only there because zod made it.
    const named = new Set(refs.map(([, name]) => name));
    expect(Object.keys(schemas).filter((name) => !named.has(name))).toEqual([]);
  });

  it("should serve a docs page that needs no script", async () => {
    const res = await request(t.app).get("/api/docs");
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^text\/html/);
    expect(res.text).toContain("/api/v1/cluster/import");
    expect(res.text).not.toContain("<script");
  });
});

describe("unknown errors", () => {
  it("should answer a generic 500 with the request id and no detail or stack", async () => {
    const broken = make();
    broken.store.ping = () => {
      throw new Error("disk on fire at /var/lib/secret");
    };
    const res = await request(broken.app).get("/api/health").set("x-request-id", "req-500");
    expect(res.status).toBe(500);
    const { error } = ErrorBodySchema.parse(res.body);
    expect(error.code).toBe("internal");
    expect(error.message).toContain("req-500");
    expect(res.text).not.toContain("disk on fire");
    expect(res.text).not.toContain(".ts:");
  });
});

describe("the web app", () => {
  it("should tell how to build it when it is not built", async () => {
    const res = await request(t.app).get("/");
    expect(res.status).toBe(503);
    expect(res.text).toContain("npm run build");
  });

  it("should serve files and fall back to index.html for the app's routes", async () => {
    const built = make();
    const webDir = join(built.dataDir, "web");
    mkdirSync(join(webDir, "assets"), { recursive: true });
    writeFileSync(join(webDir, "index.html"), "<!doctype html><title>Ringside</title>");
    writeFileSync(join(webDir, "assets", "app-1234.js"), "console.log(1)");
    const web = make({ webDir });

    for (const path of ["/", "/s/abc123", "/embed", "/story"]) {
      const res = await request(web.app).get(path);
      expect(res.status, path).toBe(200);
      expect(res.text).toContain("<title>Ringside</title>");
    }
    const asset = await request(web.app).get("/assets/app-1234.js");
    expect(asset.text).toBe("console.log(1)");
    expect(asset.headers["cache-control"]).toContain("immutable");
    const api = await request(web.app).get("/api/v1/unknown");
    expect(api.status).toBe(404);
    ErrorBodySchema.parse(api.body);
  });
});

describe("rate limits", () => {
  it("should answer 429 in the error shape once writes exceed the limit", async () => {
    const limited = make({ writeLimits: { compute: 2 } });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) {
      statuses.push(
        (await request(limited.app).post("/api/v1/analysis").send(sampleBody())).status,
      );
    }
    expect(statuses).toEqual([200, 200, 429]);
    const res = await request(limited.app).post("/api/v1/analysis").send(sampleBody());
    expect(ErrorBodySchema.parse(res.body).error.code).toBe("rate_limited");
    // Reads are not limited.
    expect((await request(limited.app).get("/api/health")).status).toBe(200);
  });
});

describe("requests the libraries refuse before a route runs", () => {
  const expectError = (res: request.Response, status: number, path: string, text: RegExp) => {
    expect(res.status).toBe(status);
    const body = ErrorBodySchema.parse(res.body);
    expect(body.error.issues[0]?.path).toBe(path);
    expect(body.error.message).toMatch(text);
  };

  it.each(["/api/v1/scenarios/%ZZ", "/api/v1/user-sets/%E0%A4%A"])(
    "should answer 400 for a malformed percent-encoding in %s",
    async (url) => {
      expectError(await request(t.app).get(url), 400, "(url)", /malformed percent-encoding/);
    },
  );

  it.each([
    ["gzip", "/api/v1/analysis", "application/json"],
    ["deflate", "/api/v1/user-sets", "text/plain"],
  ])("should answer 400 for a %s body that does not inflate", async (encoding, url, type) => {
    const res = await request(t.app)
      .post(url)
      .set("content-type", type)
      .set("content-encoding", encoding)
      .send("plainly not compressed");
    expectError(res, 400, "(body)", /could not be read/);
  });

  it("should say a bare JSON value is not the object the route wants", async () => {
    const res = await request(t.app)
      .post("/api/v1/analysis")
      .set("content-type", "application/json")
      .send("null");
    expectError(res, 400, "(body)", /must be a JSON object/);
  });

  it("should judge a request with no body by its Content-Type, then by what it lacks", async () => {
    const json = await request(t.app)
      .post("/api/v1/analysis")
      .set("content-type", "application/json");
    expectError(json, 400, "cluster", /cluster: required/);
    const csv = await request(t.app).post("/api/v1/analysis").set("content-type", "text/csv");
    expectError(csv, 415, "(headers)", /text\/csv is not accepted here/);
  });

  it.each([
    ["get", "/api/health"],
    ["get", "/api/v1/presets"],
    ["post", "/api/v1/analysis"],
  ] as const)("should name an unknown query parameter on %s %s", async (method, url) => {
    const res = await request(t.app)[method](`${url}?verbose=1`).send(sampleBody());
    expectError(res, 400, "verbose", /unknown field "verbose"/);
  });
});
