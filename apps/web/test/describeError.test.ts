import { describe, expect, it } from "vitest";
import { ApiError, describeError } from "../src/api/ApiError.js";

const error = (message: string, issues: { path: string; message: string }[]) =>
  new ApiError(message, 400, "bad_request", issues);

describe("describeError", () => {
  it("should not repeat a message the first issue only restates", () => {
    const empty = "The upload holds no user IDs";
    expect(describeError(error(empty, [{ path: "(body)", message: empty }]))).toBe(empty);
  });

  it("should list the issues the message does not name, once each", () => {
    const message = "The request body is not valid: cluster: required";
    const issues = [
      { path: "cluster", message: "required" },
      { path: "users", message: "required" },
    ];
    expect(describeError(error(message, issues))).toBe(`${message} · users: required`);
  });

  it("should keep an issue whose words differ from the message", () => {
    const issues = [{ path: "line 3", message: "the ID contains spaces" }];
    expect(describeError(error("Nothing was saved", issues))).toBe(
      "Nothing was saved · line 3: the ID contains spaces",
    );
  });

  it("should name only the path of an issue whose message is the message", () => {
    const missing = "No user set abc: upload one with POST /api/v1/user-sets";
    expect(describeError(error(missing, [{ path: "users.setId", message: missing }]))).toBe(
      `${missing} · at users.setId`,
    );
  });
});
