import type { TimelineEvent, TimelineEventKind, TimelineInput } from "./timelineInput.js";

/** When each step of a change happens; `Infinity` for a step that does not happen. */
export interface EventTimes {
  gateway: number;
  push: number;
  proxy: number;
}

/** A checked input's events in the order they apply, and the times the timeline samples. */
export interface TimelineSchedule {
  /** Events by time; events at the same time in the order the caller listed them. */
  events: TimelineEvent[];
  at: EventTimes;
  /** Sample times in minutes, `steps` of them, from 0 to `duration` inclusive. */
  times: Float64Array;
}

/**
 * Checks a timeline input and orders its events. Throws a RangeError that names the option
 * and what it accepts when the input cannot describe a change.
 */
export function timelineSchedule(input: TimelineInput): TimelineSchedule {
  const { replicas, duration, steps, reconnect, change } = input;
  check(Number.isInteger(replicas) && replicas >= 0, "replicas must be a whole number >= 0");
  check(Number.isFinite(duration) && duration > 0, "duration must be a finite number > 0");
  check(Number.isInteger(steps) && steps >= 2, "steps must be a whole number >= 2");
  check(
    Number.isFinite(reconnect.ratePerMinute) && reconnect.ratePerMinute > 0,
    "reconnect.ratePerMinute must be a finite number > 0",
  );
  check(Number.isInteger(reconnect.seed), "reconnect.seed must be a whole number");

  const at: EventTimes = { gateway: Infinity, push: Infinity, proxy: Infinity };
  const seen = new Set<TimelineEventKind>();
  for (const event of input.events) {
    check(Number.isFinite(event.at) && event.at >= 0, "events[].at must be a finite number >= 0");
    check(!seen.has(event.kind), `events may hold "${event.kind}" at most once`);
    check(
      change === "helm-upgrade" || event.kind === "gateway",
      'a kubectl-scale change takes only a "gateway" event: the envs stay as they were',
    );
    seen.add(event.kind);
    at[event.kind] = event.at;
  }

  // Array.prototype.sort is stable, so events at the same time keep the caller's order.
  const events = input.events.map((e) => ({ kind: e.kind, at: e.at })).sort((a, b) => a.at - b.at);
  const times = Float64Array.from({ length: steps }, (_, k) => (duration * k) / (steps - 1));
  return { events, at, times };
}

function check(ok: boolean, message: string): asserts ok {
  if (!ok) throw new RangeError(`timeline: ${message}`);
}
