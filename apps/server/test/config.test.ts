import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_WEB_DIR, loadConfig } from "../src/config.js";

describe("loadConfig", () => {
  it("should apply the defaults", () => {
    expect(loadConfig({})).toEqual({
      port: 8080,
      dataDir: resolve("./data"),
      webDir: DEFAULT_WEB_DIR,
      embedOrigins: [],
      logLevel: "info",
    });
    expect(DEFAULT_WEB_DIR.endsWith(`${"apps/web/dist"}`)).toBe(true);
  });

  it("should split embed origins on spaces and commas", () => {
    const config = loadConfig({
      RINGSIDE_EMBED_ORIGINS: " https://wiki.example.com,http://localhost:8182  https://*.corp.io ",
    });
    expect(config.embedOrigins).toEqual([
      "https://wiki.example.com",
      "http://localhost:8182",
      "https://*.corp.io",
    ]);
  });

  it("should name the variable that is wrong", () => {
    expect(() => loadConfig({ RINGSIDE_EMBED_ORIGINS: "'unsafe-inline'" })).toThrow(
      /RINGSIDE_EMBED_ORIGINS/,
    );
    expect(() => loadConfig({ PORT: "70000" })).toThrow(/PORT/);
    expect(() => loadConfig({ LOG_LEVEL: "loud" })).toThrow(/LOG_LEVEL/);
  });
});
