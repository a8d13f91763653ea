import { AnalysisSchema, ErrorBodySchema, LIMITS, UserSetSchema } from "@ringside/api-schema";
import request from "supertest";
import { afterAll, describe, expect, it } from "vitest";
import { sampleCluster, type TestApp, testApp } from "./testApp.js";

const t: TestApp = testApp();
afterAll(() => t.close());

function upload(text: string, type = "text/plain", query = "") {
  return request(t.app).post(`/api/v1/user-sets${query}`).set("Content-Type", type).send(text);
}

describe("POST /api/v1/user-sets", () => {
  it("should count duplicates and blank lines and keep each ID once, in order", async () => {
    const text = "4950983283\nimAdmin\n\n4950983283\n  \r\n1000000001\r\nimAdmin\n";
    const res = await upload(text, "text/plain", "?name=pilot");
    expect(res.status).toBe(201);
    const set = UserSetSchema.parse(res.body);
    expect(set).toMatchObject({ name: "pilot", count: 3, duplicates: 2, blankLines: 2 });
    expect(set.id).toMatch(/^[A-Za-z0-9_-]{10}$/);
    expect(res.headers.location).toBe(`/api/v1/user-sets/${set.id}`);

    const stored = t.store.userSet(set.id);
    expect(stored?.ids).toEqual(["4950983283", "imAdmin", "1000000001"]);

    const got = await request(t.app).get(`/api/v1/user-sets/${set.id}`);
    expect(UserSetSchema.parse(got.body)).toEqual(set);
  });

  it("should route an uploaded set exactly as the same IDs inline", async () => {
    const ids = Array.from({ length: 2000 }, (_, i) => String(1_000_000_000 + i * 7919));
    const set = UserSetSchema.parse((await upload(ids.join("\n"))).body);
    const body = (users: unknown) => ({ cluster: sampleCluster(5), users, sampleSize: 50 });
    const bySet = await request(t.app)
      .post("/api/v1/analysis")
      .send(body({ setId: set.id }));
    const inline = await request(t.app).post("/api/v1/analysis").send(body({ ids }));
    expect(bySet.status).toBe(200);
    expect(AnalysisSchema.parse(bySet.body)).toEqual(AnalysisSchema.parse(inline.body));
    expect(bySet.body.summary.misrouted).toBeGreaterThan(1000);
  });

  it("should read the userID column of a CSV and ignore the others", async () => {
    const csv = 'name,userID\n"Ada, L.",4950983283\nBob,1234567890\n,\nBob again,1234567890\n';
    const res = await upload(csv, "text/csv");
    expect(res.status).toBe(201);
    expect(UserSetSchema.parse(res.body)).toMatchObject({ count: 2, duplicates: 1, blankLines: 1 });
  });

  it("should read a CSV sent as plain text by its userID header", async () => {
    const res = await request(t.app)
      .post("/api/v1/user-sets")
      .set("Content-Type", "text/plain")
      .send("UserId,name\n4950983283,a\nimAdmin,b\n");
    expect(res.status).toBe(201);
    expect(UserSetSchema.parse(res.body).count).toBe(2);
  });

  it("should name the line of an ID that is too long and save nothing", async () => {
    const text = `1\n2\n3\n${"9".repeat(LIMITS.maxUserIdLength + 1)}\n5\n`;
    const res = await upload(text);
    expect(res.status).toBe(400);
    const { error } = ErrorBodySchema.parse(res.body);
    expect(error.issues).toEqual([
      { path: "line 4", message: `the ID has 129 characters, more than ${LIMITS.maxUserIdLength}` },
    ]);
    expect(error.message).toMatch(/^Nothing was saved: line 4/);
  });

  it("should name line 1 for a CSV without a userID column", async () => {
    const res = await upload("name,id\nAda,1\n", "text/csv");
    expect(res.status).toBe(400);
    const { error } = ErrorBodySchema.parse(res.body);
    expect(error.issues[0]?.path).toBe("line 1");
    expect(error.message).toContain("userID");
  });

  it("should name the row of a CSV whose userID cell is empty", async () => {
    const res = await upload("userID,name\n1,a\n,b\n", "text/csv");
    expect(ErrorBodySchema.parse(res.body).error.issues[0]).toEqual({
      path: "line 3",
      message: "the userID cell is empty",
    });
  });

  it("should answer 400 for an upload with no IDs", async () => {
    const res = await upload("\n\n");
    expect(res.status).toBe(400);
    expect(ErrorBodySchema.parse(res.body).error.message).toContain("no user IDs");
  });

  it("should answer 415 for JSON", async () => {
    const res = await request(t.app)
      .post("/api/v1/user-sets")
      .send({ ids: ["1"] });
    expect(res.status).toBe(415);
    expect(ErrorBodySchema.parse(res.body).error.code).toBe("unsupported_media_type");
  });

  it("should answer 413 above the upload limit", async () => {
    const res = await upload("1\n".repeat(LIMITS.maxUploadBytes / 2 + 10));
    expect(res.status).toBe(413);
    expect(ErrorBodySchema.parse(res.body).error.code).toBe("payload_too_large");
  });
});

describe("GET /api/v1/user-sets/:id", () => {
  it("should answer 404 for an unknown set", async () => {
    const res = await request(t.app).get("/api/v1/user-sets/AAAAAAAAAA");
    expect(res.status).toBe(404);
    expect(ErrorBodySchema.parse(res.body).error.code).toBe("not_found");
  });

  it("should answer 400 for an id that cannot be one", async () => {
    const res = await request(t.app).get("/api/v1/user-sets/bad%20id");
    expect(res.status).toBe(400);
    expect(ErrorBodySchema.parse(res.body).error.issues[0]?.path).toBe("id");
  });
});

describe("an upload's encoding", () => {
  it("should name the lines that are not UTF-8 and save nothing", async () => {
    const bytes = Buffer.concat([
      Buffer.from("4950983283\ncaf"),
      Buffer.from([0xe9]),
      Buffer.from("\nimAdmin\n"),
    ]);
    const res = await request(t.app)
      .post("/api/v1/user-sets")
      .set("Content-Type", "text/plain")
      .send(bytes);
    expect(res.status).toBe(400);
    const { error } = ErrorBodySchema.parse(res.body);
    expect(error.issues).toEqual([
      { path: "line 2", message: "not UTF-8 text; save the list as UTF-8" },
    ]);
    expect(error.message).toBe("Nothing was saved: line 2: not UTF-8 text; save the list as UTF-8");
  });

  it("should refuse a charset other than UTF-8 by name", async () => {
    const res = await request(t.app)
      .post("/api/v1/user-sets")
      .set("Content-Type", "text/plain; charset=latin1")
      .send("4950983283\n");
    expect(res.status).toBe(415);
    expect(ErrorBodySchema.parse(res.body).error.message).toMatch(/charset latin1/);
  });

  it("should read non-ASCII IDs sent as UTF-8", async () => {
    const res = await request(t.app)
      .post("/api/v1/user-sets")
      .set("Content-Type", "text/plain; charset=utf-8")
      .send(Buffer.from("café\n用户\n"));
    expect(res.status).toBe(201);
    expect(UserSetSchema.parse(res.body).count).toBe(2);
  });
});
