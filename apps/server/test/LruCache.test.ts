import { describe, expect, it } from "vitest";
import { LruCache } from "../src/analysis/LruCache.js";

describe("LruCache", () => {
  it("should evict the least recently used entries once the weight is exceeded", () => {
    const cache = new LruCache<string>(10);
    cache.set("a", "A", 4);
    cache.set("b", "B", 4);
    expect(cache.get("a")).toBe("A"); // a is now the most recent
    cache.set("c", "C", 4);
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBe("A");
    expect(cache.get("c")).toBe("C");
  });

  it("should not keep an entry heavier than the whole cache", () => {
    const cache = new LruCache<string>(10);
    cache.set("a", "A", 3);
    cache.set("huge", "H", 11);
    expect(cache.get("huge")).toBeUndefined();
    expect(cache.size).toBe(1);
  });
});
