import { describe, expect, it } from "vitest";
import { headlineText } from "../src/export/headlineText.js";
import { lateShare, lateText } from "../src/summary/lateShare.js";

/** A summary of `users`, with the given outcomes and the rest delivered. */
function summaryOf(users: number, outcomes: { misrouted?: number; cannotConnect?: number }) {
  const misrouted = outcomes.misrouted ?? 0;
  const cannotConnect = outcomes.cannotConnect ?? 0;
  const delivered = users - misrouted - cannotConnect;
  return { users, delivered, misrouted, cannotConnect, dropped: 0 };
}

describe("lateShare", () => {
  it("should count late users out of every user when all can connect", () => {
    const late = lateShare(summaryOf(10_000, { misrouted: 8_609 }));
    expect(late).toEqual({ late: 8_609, of: 10_000, whom: "online users", share: "86.1%" });
  });

  it("should count late users out of those who can connect when some cannot", () => {
    const summary = summaryOf(10_000, { misrouted: 3_000, cannotConnect: 4_000 });
    expect(lateShare(summary)).toEqual({
      late: 3_000,
      of: 6_000,
      whom: "users who can connect",
      share: "50.0%",
    });
    expect(lateText(summary)).toBe("3,000 of 6,000 users who can connect (50.0%)");
  });

  it("should say 0.0% when nobody can connect", () => {
    expect(lateShare(summaryOf(10, { cannotConnect: 10 })).share).toBe("0.0%");
  });

  it("should word the image description the same way", () => {
    const summary = summaryOf(10_000, { misrouted: 3_000, cannotConnect: 4_000 });
    expect(headlineText(summary, 3)).toBe(
      "3,000 of 6,000 users who can connect misrouted (50.0%) at 3 gateway pods; " +
        "3,000 delivered; 4,000 cannot connect; 0 get no push at all",
    );
  });
});
