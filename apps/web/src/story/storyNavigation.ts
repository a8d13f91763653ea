import { parseView, serializeView, type ViewState } from "../state/viewState.js";
import { STORY_STEPS } from "./storySteps.js";

/** The view step `step` (1-based) sets, keeping the reader's theme. */
export function stepView(step: number, current: ViewState): ViewState {
  const view = parseView(STORY_STEPS[step - 1]?.query ?? "");
  return { ...view, theme: current.theme };
}

/** The URL of step `step`. */
export function stepUrl(step: number, current: ViewState): string {
  return `/story/${step}${serializeView(stepView(step, current))}`;
}

/** The step of a story path: `/story/3` gives 3. */
export function stepOfPath(path: string): number {
  return Number(/^\/story\/(\d+)/.exec(path)?.[1] ?? "1");
}
