/** One step of the walkthrough: its title and the dashboard state it opens. */
export interface StoryStep {
  title: string;
  /** The view the step sets, as the dashboard's query string. */
  query: string;
  /** What the panel adds beside the narration. */
  extra: "none" | "addresses" | "user" | "count" | "fix" | "fan-out";
}

/** The incident told in order: a healthy pod, the scale-up, why, who, how many, the ways out. */
export const STORY_STEPS: readonly StoryStep[] = [
  { title: "One gateway pod: every message arrives", query: "?r=1", extra: "count" },
  { title: "Scale the gateway to five pods", query: "?r=5", extra: "none" },
  { title: "Two addresses for the same pod", query: "?r=5", extra: "addresses" },
  { title: "One user, two pods", query: "?r=5", extra: "user" },
  { title: "How many users that is", query: "?r=5", extra: "count" },
  { title: "The fix: both sides write :88", query: "?preset=patched-proxy", extra: "fix" },
  { title: "OpenIM 3.8.4: send to every pod", query: "?preset=fan-out", extra: "fan-out" },
];

/** The step number in range: 1 to the number of steps. */
export function clampStep(step: number): number {
  return Math.min(Math.max(1, Math.trunc(step) || 1), STORY_STEPS.length);
}
