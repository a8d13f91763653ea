import type { TimelineResponse } from "@ringside/api-schema";

/** What a chart panel plots: users messages reach late, or users they cannot reach at all. */
export type TimelineMeasure = "misrouted" | "unreachable";

type Point = TimelineResponse["withPort"]["points"][number];

/** Users of a sample in `measure`: unreachable counts the disconnected and the dropped. */
export function usersIn(point: Point, measure: TimelineMeasure): number {
  return measure === "misrouted" ? point.misrouted : point.disconnected + point.dropped;
}

export const MEASURE_NAMES: Record<TimelineMeasure, string> = {
  misrouted: "Misrouted: messages arrive late",
  unreachable: "Unreachable: disconnected, or push calls a pod that is gone",
};

export const EVENT_NAMES = {
  gateway: "StatefulSet scales",
  push: "push restarts",
  proxy: "proxy restarts",
} as const;

/** Minutes as a reader says them: 4.25 gives "4:15". */
export function formatMinute(t: number): string {
  const minutes = Math.floor(t);
  const seconds = Math.round((t - minutes) * 60);
  return `${minutes}:${String(seconds).padStart(2, "0")}`;
}
