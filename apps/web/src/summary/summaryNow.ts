import type { Analysis, Sweep } from "@ringside/api-schema";
import type { Scenario } from "../state/useScenario.js";
import type { Summary } from "./outcomeText.js";

/** The parts of a query result this reads. */
interface Answer<T> {
  data: T | undefined;
  isPlaceholderData: boolean;
}

/**
 * The counts to show for the scenario on screen: its own analysis once it has come, otherwise
 * the sweep's point at this replica count (the same counts, already in the page), otherwise the
 * previous analysis while the next one loads. The sweep scales `base` exactly as the slider does,
 * so it only stands in when the slider set the replicas.
 */
export function summaryNow(
  overview: Answer<Analysis>,
  sweep: Answer<Sweep>,
  scenario: Scenario,
): Summary | undefined {
  if (overview.data && !overview.isPlaceholderData) return overview.data.summary;
  const scaled = scenario.cluster !== scenario.base;
  const point = scaled && !sweep.isPlaceholderData ? pointAt(sweep.data, scenario.replicas) : null;
  if (point) {
    const { users, delivered, misrouted, cannotConnect, dropped } = point;
    return { users, delivered, misrouted, cannotConnect, dropped };
  }
  return overview.data?.summary;
}

function pointAt(sweep: Sweep | undefined, replicas: number) {
  return sweep?.points.find((p) => p.replicas === replicas) ?? null;
}
