import { once } from "node:events";
import { request as httpRequest, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { AnalysisSchema } from "@ringside/api-schema";
import { afterAll, describe, expect, it } from "vitest";
import { closeGracefully } from "../src/http/closeGracefully.js";
import { sampleBody, type TestApp, testApp } from "./testApp.js";

const t: TestApp = testApp();
afterAll(() => t.close());

describe("closeGracefully", () => {
  it("should answer a request in flight, then refuse new connections", async () => {
    const server = t.app.listen(0);
    await once(server, "listening");
    const { port } = server.address() as AddressInfo;

    // A request whose body is only half sent when the server starts closing.
    const body = JSON.stringify(sampleBody(5));
    const req = httpRequest({
      port,
      method: "POST",
      path: "/api/v1/analysis",
      headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
    });
    const answered = once(req, "response") as Promise<[IncomingMessage]>;
    req.write(body.slice(0, 10));
    await once(server, "request");

    let closed = false;
    const closing = closeGracefully(server).then(() => {
      closed = true;
    });
    req.end(body.slice(10));

    const [res] = await answered;
    let text = "";
    for await (const chunk of res) text += chunk;
    expect(res.statusCode).toBe(200);
    expect(AnalysisSchema.parse(JSON.parse(text)).summary.users).toBe(2);

    await closing;
    expect(closed).toBe(true);
    await expect(fetch(`http://127.0.0.1:${port}/api/health`)).rejects.toThrow();
  });
});
