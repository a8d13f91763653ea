import { HashedKeys } from "@ringside/hashring";
import {
  openimInstall,
  syntheticUsers,
  type TimelineEvent,
  timelineComparison,
} from "@ringside/openim";
import { describe, expect, it } from "vitest";
import { timelineCaption } from "../src/timeline/timelineCaption.js";
import { decodeTimeline, encodeTimeline } from "../src/timeline/timelineParam.js";

const keys = HashedKeys.from(syntheticUsers(3000, 3));
const helm: TimelineEvent[] = [
  { kind: "gateway", at: 1 },
  { kind: "push", at: 3 },
  { kind: "proxy", at: 6 },
];

function run(from: number, to: number, change: "helm-upgrade" | "kubectl-scale") {
  return timelineComparison({
    cluster: openimInstall({ replicas: from }),
    replicas: to,
    change,
    events: change === "helm-upgrade" ? helm : [{ kind: "gateway", at: 1 }],
    reconnect: { ratePerMinute: 0.5, seed: 0 },
    duration: 30,
    steps: 121,
    keys,
  });
}

describe("timelineCaption", () => {
  it("should say the patched proxy misroutes during a scale-up window, with its minutes", () => {
    const timeline = run(3, 5, "helm-upgrade");
    const peak = Math.max(...timeline.withPort.points.map((p) => p.misrouted));
    expect(peak).toBeGreaterThan(0);
    expect(timelineCaption(timeline)).toContain(
      `The patched proxy still misroutes up to ${peak.toLocaleString("en-US")} users, between ` +
        "minute 3:00 and minute 5:45",
    );
  });

  it("should never claim patched misrouting where the model finds none", () => {
    for (const timeline of [run(5, 3, "helm-upgrade"), run(5, 3, "kubectl-scale")]) {
      expect(timeline.withPort.points.every((p) => p.misrouted === 0)).toBe(true);
      const caption = timelineCaption(timeline);
      expect(caption).toContain("The patched proxy misroutes nobody in this change.");
      expect(caption).toContain("cannot be reached");
    }
  });
});

describe("the timeline's URL text", () => {
  it("should read back what it wrote", () => {
    const inputs = {
      to: 7,
      change: "kubectl-scale" as const,
      gatewayAt: 1.5,
      pushAt: 3,
      proxyAt: 6,
      ratePerMinute: 0.25,
    };
    expect(encodeTimeline(inputs)).toBe("7,k,1.5,3,6,0.25");
    expect(decodeTimeline(encodeTimeline(inputs))).toEqual(inputs);
  });

  it.each(["", "5,h,1,3,6", "0,h,1,3,6,0.5", "5,x,1,3,6,0.5", "5,h,1,3,99,0.5", "5,h,1,3,6,0"])(
    "should refuse %j",
    (text) => {
      expect(decodeTimeline(text)).toBeUndefined();
    },
  );
});
