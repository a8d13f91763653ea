import { AnalysisSchema, ErrorBodySchema } from "@ringside/api-schema";
import request from "supertest";
import { afterAll, describe, expect, it } from "vitest";
import { sampleCluster, testApp } from "./testApp.js";

const t = testApp();
afterAll(() => t.close());

const csvQuery = (cluster: unknown, users: unknown, extra: Record<string, string> = {}) => ({
  cluster: JSON.stringify(cluster),
  users: JSON.stringify(users),
  ...extra,
});

const lines = (text: string) => text.trimEnd().split("\n");

describe("GET /api/v1/affected-users.csv", () => {
  it("should list every user the analysis does not deliver, with both picks", async () => {
    const cluster = sampleCluster(5);
    const users = { synthetic: { count: 3000, seed: 7 } };
    const analysis = await request(t.app)
      .post("/api/v1/analysis")
      .send({ cluster, users, sampleSize: 0, page: { offset: 0, limit: 5 } });
    const { summary, affected, targets } = AnalysisSchema.parse(analysis.body);

    const res = await request(t.app)
      .get("/api/v1/affected-users.csv")
      .query(csvQuery(cluster, users));
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^text\/csv/);
    expect(res.headers["content-disposition"]).toContain("ringside-affected-5-pods.csv");
    const [header, ...rows] = lines(res.text);
    expect(header).toBe("userID,outcome,connectionPod,deliveryPod,hash");
    expect(rows).toHaveLength(summary.users - summary.delivered);
    expect(rows.length).toBeGreaterThan(1000);

    const podName = (target: number) => targets[target]?.name.split(".")[0];
    affected.items.forEach((route, i) => {
      expect(rows[i]).toBe(
        `${route.userId},${route.outcome},${podName(route.connect)},${podName(route.deliver)},` +
          `${route.hash}`,
      );
    });
  });

  it("should stream a large set in chunks rather than one buffered body", async () => {
    const users = { synthetic: { count: 300_000, seed: 5 } };
    const res = await request(t.app)
      .get("/api/v1/affected-users.csv")
      .query(csvQuery(sampleCluster(8), users, { outcome: "misrouted" }));
    expect(res.status).toBe(200);
    expect(res.headers["transfer-encoding"]).toBe("chunked");
    expect(res.headers["content-length"]).toBeUndefined();
    const rows = lines(res.text).length - 1;
    expect(rows).toBeGreaterThan(200_000);
    expect(rows).toBeLessThan(300_000);
  });

  it("should keep only the outcome asked for", async () => {
    const cluster = sampleCluster(2);
    cluster.gateway.replicas = 1;
    const users = { synthetic: { count: 2000, seed: 1 } };
    const res = await request(t.app)
      .get("/api/v1/affected-users.csv")
      .query(csvQuery(cluster, users, { outcome: "dropped" }));
    expect(res.status).toBe(200);
    const rows = lines(res.text).slice(1);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.split(",")[1]).toBe("dropped");
  });

  it("should quote IDs that hold commas or quotes", async () => {
    const users = { ids: ["a,b", 'say "hi"', "4950983283"] };
    const res = await request(t.app)
      .get("/api/v1/affected-users.csv")
      .query(csvQuery(sampleCluster(5), users, { outcome: "misrouted" }));
    expect(res.status).toBe(200);
    const ids = lines(res.text)
      .slice(1)
      .map((row) => /^(.*),misrouted,/.exec(row)?.[1]);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(['"a,b"', '"say ""hi"""', "4950983283"]).toContain(id);
  });

  it("should answer 400 naming the parameter when the cluster is not JSON", async () => {
    const res = await request(t.app)
      .get("/api/v1/affected-users.csv")
      .query({ cluster: "{nope", users: JSON.stringify({ ids: ["1"] }) });
    expect(res.status).toBe(400);
    const body = ErrorBodySchema.parse(res.body);
    expect(body.error.issues.map((issue) => issue.path)).toContain("cluster");
  });

  it("should answer 404 for an unknown user set", async () => {
    const res = await request(t.app)
      .get("/api/v1/affected-users.csv")
      .query(csvQuery(sampleCluster(5), { setId: "missing" }));
    expect(res.status).toBe(404);
  });
});
