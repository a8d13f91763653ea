import type { TimelineResponse } from "@ringside/api-schema";
import { formatCount } from "../summary/format.js";
import { formatMinute, usersIn } from "./timelineSeries.js";

type Series = TimelineResponse["withPort"];

function peak(series: Series, measure: "misrouted" | "unreachable") {
  let best = { value: 0, first: -1, last: -1 };
  series.points.forEach((point, k) => {
    const value = usersIn(point, measure);
    if (value > best.value) best = { ...best, value };
    if (value > 0) {
      if (best.first < 0) best.first = k;
      best.last = k;
    }
  });
  return best;
}

/**
 * What the chart shows, read off the answer itself so it cannot claim more than the model
 * found: whether and when the patched proxy misroutes, and who is left unreachable.
 */
export function timelineCaption(timeline: TimelineResponse): string {
  const { withPort, withoutPort } = timeline;
  const minute = (k: number) => formatMinute(withPort.points[k]?.t ?? 0);
  const patched = peak(withPort, "misrouted");
  const lost = peak(withPort, "unreachable");
  const end = withPort.points.at(-1);
  const endOld = withoutPort.points.at(-1);
  const parts: string[] = [];

  if (patched.value > 0) {
    parts.push(
      `The patched proxy still misroutes up to ${formatCount(patched.value)} users, between ` +
        `minute ${minute(patched.first)} and minute ${minute(patched.last)}, while push's ring ` +
        "and the users' connections do not yet agree.",
    );
  } else {
    parts.push("The patched proxy misroutes nobody in this change.");
  }
  if (lost.value > 0) {
    parts.push(
      `With the patched proxy up to ${formatCount(lost.value)} users cannot be reached at some ` +
        "minute: they are disconnected, or push calls a pod that is gone.",
    );
  }
  if (end && endOld) {
    parts.push(
      `At minute ${formatMinute(end.t)}: 3.5.1 misroutes ${formatCount(endOld.misrouted)} and ` +
        `cannot reach ${formatCount(usersIn(endOld, "unreachable"))}; the patched proxy ` +
        `misroutes ${formatCount(end.misrouted)} and cannot reach ` +
        `${formatCount(usersIn(end, "unreachable"))}.`,
    );
  }
  return parts.join(" ");
}
