import { ErrorBodySchema, ScenarioSchema } from "@ringside/api-schema";
import { openimInstall } from "@ringside/openim";
import request from "supertest";
import { afterAll, describe, expect, it } from "vitest";
import { type TestApp, testApp } from "./testApp.js";

const t: TestApp = testApp();
afterAll(() => t.close());

const input = {
  title: "Drift after kubectl scale",
  cluster: openimInstall({ replicas: 3, pushReplicaEnv: "5", proxyReplicaEnv: "5" }),
  users: { synthetic: { count: 250_000, seed: 42 } },
  view: { replicas: 7, scope: "gateway", selectedTarget: 3, showDensity: true, note: null },
};

describe("scenarios", () => {
  it("should reopen a saved scenario exactly", async () => {
    const saved = await request(t.app).post("/api/v1/scenarios").send(input);
    expect(saved.status).toBe(201);
    const scenario = ScenarioSchema.parse(saved.body);
    expect(scenario).toMatchObject(input);

    const reopened = await request(t.app).get(`/api/v1/scenarios/${scenario.id}`);
    expect(reopened.status).toBe(200);
    expect(reopened.body).toEqual(saved.body);
  });

  it("should save an untitled scenario with an empty view", async () => {
    const { title: _title, view: _view, ...bare } = input;
    const saved = await request(t.app).post("/api/v1/scenarios").send(bare);
    expect(saved.status).toBe(201);
    expect(saved.body.view).toEqual({});
    expect("title" in saved.body).toBe(false);
    const reopened = await request(t.app).get(`/api/v1/scenarios/${saved.body.id}`);
    expect(reopened.body).toEqual(saved.body);
  });

  it("should refuse a scenario over an unknown user set", async () => {
    const res = await request(t.app)
      .post("/api/v1/scenarios")
      .send({ ...input, users: { setId: "missing123" } });
    expect(res.status).toBe(404);
    expect(ErrorBodySchema.parse(res.body).error.issues[0]?.path).toBe("users.setId");
  });

  it("should answer 400 for a view state that is too large", async () => {
    const view = Object.fromEntries(
      Array.from({ length: 40 }, (_, i) => [`k${i}`, "v".repeat(1000)]),
    );
    const res = await request(t.app)
      .post("/api/v1/scenarios")
      .send({ ...input, view });
    expect(res.status).toBe(400);
    expect(ErrorBodySchema.parse(res.body).error.issues[0]?.path).toBe("view");
  });

  it("should answer 404 for an unknown scenario", async () => {
    const res = await request(t.app).get("/api/v1/scenarios/AAAAAAAAAA");
    expect(res.status).toBe(404);
    expect(ErrorBodySchema.parse(res.body).error.code).toBe("not_found");
  });
});
