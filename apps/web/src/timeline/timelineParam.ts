import { LIMITS, TIMELINE_LIMITS } from "@ringside/api-schema";
import { TIMELINE_DURATION, type TimelineInputs } from "./timelineRequest.js";

const CHANGE_CODES = { "helm-upgrade": "h", "kubectl-scale": "k" } as const;

/** The form as URL text: `to,change,gateway,push,proxy,rate`, such as `5,h,1,3,6,0.5`. */
export function encodeTimeline(inputs: TimelineInputs): string {
  const { to, change, gatewayAt, pushAt, proxyAt, ratePerMinute } = inputs;
  return [to, CHANGE_CODES[change], gatewayAt, pushAt, proxyAt, ratePerMinute].join(",");
}

/** Reads `encodeTimeline`'s text back; anything out of range gives undefined. */
export function decodeTimeline(text: string | undefined): TimelineInputs | undefined {
  const parts = text?.split(",") ?? [];
  if (parts.length !== 6) return undefined;
  const [to, code, ...rest] = parts;
  const [gatewayAt, pushAt, proxyAt, ratePerMinute] = rest.map(Number) as number[];
  const minutes = [gatewayAt, pushAt, proxyAt].every(
    (m) => m !== undefined && m >= 0 && m <= TIMELINE_DURATION,
  );
  const replicas = Number(to);
  const rate = ratePerMinute ?? 0;
  if (
    !minutes ||
    !Number.isInteger(replicas) ||
    replicas < LIMITS.minReplicas ||
    replicas > LIMITS.maxReplicas ||
    !(rate > 0 && rate <= TIMELINE_LIMITS.maxRatePerMinute) ||
    (code !== "h" && code !== "k")
  ) {
    return undefined;
  }
  return {
    to: replicas,
    change: code === "k" ? "kubectl-scale" : "helm-upgrade",
    gatewayAt: gatewayAt as number,
    pushAt: pushAt as number,
    proxyAt: proxyAt as number,
    ratePerMinute: rate,
  };
}
