import type { Analysis } from "@ringside/api-schema";

type Targets = Analysis["targets"];

/** The ordinal in a gateway host name (`...-msggateway-3.svc...` gives 3), if it has one. */
function ordinalOf(name: string): string | undefined {
  return /-(\d+)\./.exec(name)?.[1];
}

/** What an arc says: the pod index, or the host's ordinal and `?` when no pod answers there. */
export function shortLabel(targets: Targets, target: number): string {
  const t = targets[target];
  if (!t) return "none";
  return t.exists ? String(target) : `${ordinalOf(t.name) ?? target}?`;
}

/** A target in words: "pod 2", or "host openimserver-...-4 (no such pod)". */
export function longLabel(targets: Targets, target: number): string {
  const t = targets[target];
  if (target < 0 || !t) return "no pod (empty ring)";
  if (t.exists) return `pod ${target}`;
  return `${t.name.split(".")[0]} (no such pod)`;
}
