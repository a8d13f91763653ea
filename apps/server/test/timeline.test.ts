import { ErrorBodySchema, TimelineSchema } from "@ringside/api-schema";
import { HashedKeys } from "@ringside/hashring";
import { syntheticUsers, timelineComparison } from "@ringside/openim";
import request from "supertest";
import { afterAll, describe, expect, it } from "vitest";
import { sampleCluster, testApp } from "./testApp.js";

const t = testApp();
afterAll(() => t.close());

const upgrade = (overrides: Record<string, unknown> = {}) => ({
  cluster: sampleCluster(3),
  users: { synthetic: { count: 5000, seed: 2 } },
  replicas: 5,
  events: [
    { kind: "gateway", at: 1 },
    { kind: "push", at: 3 },
    { kind: "proxy", at: 8 },
  ],
  reconnect: { ratePerMinute: 0.5, seed: 4 },
  duration: 30,
  steps: 61,
  ...overrides,
});

describe("POST /api/v1/timeline", () => {
  it("should answer what the model computes for both proxy formats", async () => {
    const body = upgrade();
    const res = await request(t.app).post("/api/v1/timeline").send(body);
    expect(res.status).toBe(200);
    const timeline = TimelineSchema.parse(res.body);

    const direct = timelineComparison({
      ...body,
      change: "helm-upgrade",
      events: body.events as { kind: "gateway" | "push" | "proxy"; at: number }[],
      keys: HashedKeys.from(syntheticUsers(5000, 2)),
    });
    expect(timeline).toEqual(JSON.parse(JSON.stringify(direct)));
    expect(timeline.withPort.points).toHaveLength(61);
    expect(timeline.withPort.points[0]).toMatchObject({ t: 0, delivered: 5000, misrouted: 0 });
    // Between the push and the proxy restart even the patched proxy misroutes.
    const window = timeline.withPort.points.find((p) => p.t === 5);
    expect(window?.misrouted).toBeGreaterThan(0);
  });

  it("should refuse a kubectl scale that restarts push, naming the event", async () => {
    const res = await request(t.app)
      .post("/api/v1/timeline")
      .send(upgrade({ change: "kubectl-scale" }));
    expect(res.status).toBe(400);
    const { error } = ErrorBodySchema.parse(res.body);
    expect(error.issues.map((i) => i.path)).toEqual(["events[1].kind", "events[2].kind"]);
  });

  it("should name a step count out of range", async () => {
    const res = await request(t.app)
      .post("/api/v1/timeline")
      .send(upgrade({ steps: 100_000 }));
    expect(res.status).toBe(400);
    expect(ErrorBodySchema.parse(res.body).error.issues[0]?.path).toBe("steps");
  });
});
