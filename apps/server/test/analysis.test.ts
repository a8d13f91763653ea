import {
  AnalysisSchema,
  ErrorBodySchema,
  LIMITS,
  SweepSchema,
  UserDetailSchema,
} from "@ringside/api-schema";
import { HashedKeys } from "@ringside/hashring";
import {
  analyze,
  ClusterRouting,
  openimInstall,
  routeAll,
  sweep,
  syntheticUsers,
} from "@ringside/openim";
import request from "supertest";
import { afterAll, describe, expect, it } from "vitest";
import { sampleBody, sampleCluster, type TestApp, testApp } from "./testApp.js";

const t: TestApp = testApp();
afterAll(() => t.close());

const post = (path: string, body: unknown) =>
  request(t.app)
    .post(path)
    .send(body as object);

function expectError(res: request.Response, status: number, code: string) {
  expect(res.status).toBe(status);
  const body = ErrorBodySchema.parse(res.body);
  expect(body.error.code).toBe(code);
  expect(body.error.issues.length).toBeGreaterThan(0);
  expect(JSON.stringify(body)).not.toMatch(/at .*\.(ts|js):\d+/);
  return body.error;
}

describe("POST /api/v1/analysis", () => {
  it("should misroute as many users as analyze() for the contract's sample at 5 pods", async () => {
    const body = sampleBody(5);
    const res = await post("/api/v1/analysis", body);
    expect(res.status).toBe(200);
    const analysis = AnalysisSchema.parse(res.body);

    const direct = analyze(new ClusterRouting(body.cluster), HashedKeys.from(body.users.ids));
    expect(analysis.summary).toEqual(direct.summary);
    expect(analysis.summary.users).toBe(2);
    expect(analysis.push.hosts).toHaveLength(5);
    expect(analysis.push.hosts[0]).toMatch(/:88$/);
    expect(analysis.proxy.hosts[0]).not.toMatch(/:\d+$/);
    expect(analysis.push.ring).toHaveLength(100);
    expect(analysis.targets.filter((target) => target.exists)).toHaveLength(5);
  });

  it("should deliver every user at 1 replica", async () => {
    const res = await post("/api/v1/analysis", {
      cluster: sampleCluster(1),
      users: { synthetic: { count: 5000, seed: 3 } },
    });
    expect(res.status).toBe(200);
    const { summary, affected } = AnalysisSchema.parse(res.body);
    expect(summary).toEqual({
      users: 5000,
      delivered: 5000,
      misrouted: 0,
      cannotConnect: 0,
      dropped: 0,
    });
    expect(affected.total).toBe(0);
  });

  it("should answer counts, matrix, density, sample and page agreeing with routeAll", async () => {
    const count = 20_000;
    const res = await post("/api/v1/analysis", {
      cluster: sampleCluster(5),
      users: { synthetic: { count, seed: 7 } },
      sampleSize: 300,
      page: { offset: 10, limit: 25 },
    });
    const analysis = AnalysisSchema.parse(res.body);
    const ids = syntheticUsers(count, 7);
    const keys = HashedKeys.from(ids);
    const routing = new ClusterRouting(sampleCluster(5));
    const routes = routeAll(routing, keys);
    const misrouted = routes.outcome.filter((o) => o === 1).length;

    expect(analysis.summary.misrouted).toBe(misrouted);
    expect(analysis.summary.misrouted).toBeGreaterThan(count * 0.6);
    expect(analysis.matrix.reduce((sum, cell) => sum + cell.users, 0)).toBe(count);
    expect(analysis.density.bins).toBe(LIMITS.densityBins);
    expect(analysis.density.users.reduce((a, b) => a + b, 0)).toBe(count);
    expect(analysis.density.misrouted.reduce((a, b) => a + b, 0)).toBe(misrouted);

    // Misrouted users first in the sample.
    expect(analysis.sample).toHaveLength(300);
    expect(analysis.sample.every((route) => route.outcome === "misrouted")).toBe(true);

    // The page: affected users in set order, from the 11th on.
    const affected = ids.flatMap((id, i) => (routes.outcome[i] === 0 ? [] : [id]));
    expect(analysis.affected.total).toBe(affected.length);
    expect(analysis.affected.items.map((route) => route.userId)).toEqual(affected.slice(10, 35));
    const first = analysis.affected.items[0];
    const index = ids.indexOf(first?.userId ?? "");
    expect(first?.connect).toBe(routes.connect[index]);
    expect(first?.deliver).toBe(routes.deliver[index]);
    expect(first?.hash).toBe(keys.hashes[index]);
  });

  it("should filter the page by outcome, query, connect and deliver", async () => {
    const count = 5000;
    const ids = syntheticUsers(count, 2);
    const routes = routeAll(new ClusterRouting(sampleCluster(4)), HashedKeys.from(ids));
    const cell = { connect: 1, deliver: 2 };
    const res = await post("/api/v1/analysis", {
      cluster: sampleCluster(4),
      users: { synthetic: { count, seed: 2 } },
      page: { outcome: "misrouted", query: "7", ...cell, limit: 1000 },
    });
    const { affected } = AnalysisSchema.parse(res.body);
    const expected = ids.filter(
      (id, i) =>
        routes.outcome[i] === 1 &&
        routes.connect[i] === cell.connect &&
        routes.deliver[i] === cell.deliver &&
        id.includes("7"),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(affected.total).toBe(expected.length);
    expect(affected.items.map((route) => route.userId)).toEqual(expected);
  });

  it("should report users of a release named open-im as unable to connect", async () => {
    const res = await post("/api/v1/analysis", {
      cluster: openimInstall({ release: "open-im", hostFormat: "with-port" }),
      users: { synthetic: { count: 1000, seed: 1 } },
    });
    const { summary, targets } = AnalysisSchema.parse(res.body);
    expect(summary.cannotConnect).toBe(1000);
    expect(targets.filter((target) => !target.exists)).toHaveLength(5);
  });

  it("should answer 400 naming an unknown field", async () => {
    const error = expectError(
      await post("/api/v1/analysis", { ...sampleBody(), extra: 1 }),
      400,
      "bad_request",
    );
    expect(error.issues.some((issue) => issue.message.includes("extra"))).toBe(true);
  });

  it.each([0, 1025])("should answer 400 for %i gateway replicas", async (replicas) => {
    const body = sampleBody();
    body.cluster.gateway.replicas = replicas;
    const error = expectError(await post("/api/v1/analysis", body), 400, "bad_request");
    expect(error.issues[0]?.path).toBe("cluster.gateway.replicas");
    expect(error.message).toContain("cluster.gateway.replicas");
  });

  it("should answer 400 for an env replica count above the limit", async () => {
    const body = sampleBody();
    body.cluster.push.env.MY_MSGGATEWAY_REPLICACOUNT = "5000";
    const error = expectError(await post("/api/v1/analysis", body), 400, "bad_request");
    expect(error.issues[0]?.path).toBe("cluster.push.env.MY_MSGGATEWAY_REPLICACOUNT");
  });

  it("should answer 400 for a body that is not JSON", async () => {
    const res = await request(t.app)
      .post("/api/v1/analysis")
      .set("Content-Type", "application/json")
      .send('{"cluster": ');
    const error = expectError(res, 400, "bad_request");
    expect(error.message).toContain("not valid JSON");
  });

  it("should answer 415 for a body that is not JSON by its content type", async () => {
    const res = await request(t.app)
      .post("/api/v1/analysis")
      .set("Content-Type", "text/plain")
      .send(JSON.stringify(sampleBody()));
    const error = expectError(res, 415, "unsupported_media_type");
    expect(error.message).toContain("application/json");
  });

  it("should answer 413 for a body over the JSON limit", async () => {
    const huge = `{"pad":"${"x".repeat(LIMITS.maxJsonBytes + 10)}"}`;
    const res = await request(t.app)
      .post("/api/v1/analysis")
      .set("Content-Type", "application/json")
      .send(huge);
    expectError(res, 413, "payload_too_large");
  });

  it("should answer 404 for an unknown user set", async () => {
    const res = await post("/api/v1/analysis", {
      cluster: sampleCluster(),
      users: { setId: "nope123456" },
    });
    const error = expectError(res, 404, "not_found");
    expect(error.issues[0]?.path).toBe("users.setId");
  });
});

describe("POST /api/v1/sweep", () => {
  it("should answer the same points as sweep() over 1..12 replicas", async () => {
    const cluster = sampleCluster(5);
    const res = await post("/api/v1/sweep", {
      cluster,
      users: { synthetic: { count: 3000, seed: 1 } },
      from: 1,
      to: 12,
      scope: "gateway",
    });
    expect(res.status).toBe(200);
    const body = SweepSchema.parse(res.body);
    const keys = HashedKeys.from(syntheticUsers(3000, 1));
    expect(body.scope).toBe("gateway");
    expect(body.points).toEqual(sweep(cluster, keys, { from: 1, to: 12, scope: "gateway" }));
    expect(body.points[4]?.replicas).toBe(5);
  });

  it("should answer 400 for a sweep whose points add up too many replicas", async () => {
    const res = await post("/api/v1/sweep", { ...sampleBody(), from: 1, to: 1024 });
    const error = expectError(res, 400, "bad_request");
    expect(error.issues[0]?.path).toBe("to");
    expect(error.message).toContain("524800");
  });

  it("should answer 400 when from exceeds to", async () => {
    const res = await post("/api/v1/sweep", { ...sampleBody(), from: 9, to: 3 });
    const error = expectError(res, 400, "bad_request");
    expect(error.issues[0]?.path).toBe("from");
  });
});

describe("POST /api/v1/users/route", () => {
  it("should follow one user through both rings as ClusterRouting.route does", async () => {
    const cluster = sampleCluster(5);
    const res = await post("/api/v1/users/route", { cluster, userId: "4950983283" });
    expect(res.status).toBe(200);
    const detail = UserDetailSchema.parse(res.body);
    const routing = new ClusterRouting(cluster);
    const route = routing.route("4950983283");
    expect(detail).toMatchObject({
      userId: "4950983283",
      hash: route.hash,
      connect: route.connect,
      deliver: route.deliver,
      outcome: route.outcome,
    });
    expect(routing.proxy.hosts[detail.proxyPoint?.member ?? -1]).toBe(route.proxyPoint?.member);
    expect(routing.push.hosts[detail.pushPoint?.member ?? -1]).toBe(route.pushPoint?.member);
  });

  it("should answer 400 for a user ID that is too long", async () => {
    const res = await post("/api/v1/users/route", {
      cluster: sampleCluster(),
      userId: "9".repeat(200),
    });
    expect(expectError(res, 400, "bad_request").issues[0]?.path).toBe("userId");
  });
});
