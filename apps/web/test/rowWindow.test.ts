import { describe, expect, it } from "vitest";
import { MAX_SPACER_PX, rowWindow } from "../src/users/rowWindow.js";

const ROW = 34;
const VIEWPORT = 360;

/** The window of `count` rows at `scrollTop`, no overscan unless asked. */
const windowAt = (count: number, scrollTop: number, overscan = 0) =>
  rowWindow({ count, rowHeight: ROW, scrollTop, viewport: VIEWPORT, overscan });

/** Where row `index` of a window is drawn inside the spacer. */
const topOf = (w: ReturnType<typeof windowAt>, index: number) => w.top + (index - w.first) * ROW;

describe("rowWindow", () => {
  it("should place rows at index times height while the list fits the spacer", () => {
    const w = windowAt(1000, 3400);
    expect(w.height).toBe(34_000);
    expect(w.first).toBe(100);
    expect(w.last).toBe(110);
    expect(w.top).toBe(3400);
  });

  it("should cap the spacer of a million rows below what a browser lays out", () => {
    expect(windowAt(1_000_000, 0).height).toBe(MAX_SPACER_PX);
    expect(MAX_SPACER_PX).toBeLessThan(17_895_697);
  });

  it("should show row 0 at the top of a million rows", () => {
    const w = windowAt(1_000_000, 0);
    expect(w.first).toBe(0);
    expect(topOf(w, 0)).toBe(0);
  });

  it("should end on the last of a million rows, flush with the spacer's bottom", () => {
    const w = windowAt(1_000_000, MAX_SPACER_PX - VIEWPORT);
    expect(w.last).toBe(999_999);
    expect(topOf(w, 999_999) + ROW).toBeCloseTo(MAX_SPACER_PX, 6);
    // the rows drawn fill the viewport, which ends at the spacer's bottom
    expect(topOf(w, w.first)).toBeLessThanOrEqual(MAX_SPACER_PX - VIEWPORT);
  });

  it("should map the middle of the scroll range to the middle of the rows", () => {
    const w = windowAt(1_000_000, (MAX_SPACER_PX - VIEWPORT) / 2);
    const middle = (1_000_000 * ROW - VIEWPORT) / 2 / ROW;
    expect(w.first).toBe(Math.floor(middle));
    // the first row starts at or above the scroller's top edge, the next one below it
    const scrollTop = (MAX_SPACER_PX - VIEWPORT) / 2;
    expect(topOf(w, w.first)).toBeLessThanOrEqual(scrollTop);
    expect(topOf(w, w.first + 1)).toBeGreaterThan(scrollTop);
  });

  it("should clamp a scroll position past the end to the last rows", () => {
    expect(windowAt(1_000_000, 2 * MAX_SPACER_PX).last).toBe(999_999);
    expect(windowAt(100, 1e9).last).toBe(99);
  });

  it("should add overscan on both sides without passing the ends", () => {
    const w = windowAt(1000, 3400, 12);
    expect(w.first).toBe(88);
    expect(w.last).toBe(122);
    expect(windowAt(5, 0, 12)).toEqual({ height: 170, first: 0, last: 4, top: 0 });
  });

  it("should draw nothing for no rows", () => {
    const w = windowAt(0, 0, 12);
    expect(w.height).toBe(0);
    expect(w.last).toBeLessThan(w.first);
  });
});
