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

/** A target in a few words: "pod 2", or "host 4 (no such pod)". */
export function longLabel(targets: Targets, target: number): string {
  const t = targets[target];
  if (target < 0 || !t) return "no pod (empty ring)";
  if (t.exists) return `pod ${target}`;
  return `host ${ordinalOf(t.name) ?? "?"} (no such pod)`;
}

/** The first label of a target's DNS name: `openimserver-openim-msggateway-3`. */
export function hostName(targets: Targets, target: number): string {
  return targets[target]?.name.split(".")[0] ?? "none";
}
