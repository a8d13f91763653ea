import type { PushRouting } from "@ringside/openim";

/** The first OpenIM release whose push sends to every gateway pod instead of hashing. */
export const FAN_OUT_SINCE = [3, 8, 4] as const;

/**
 * How push routes, read from its image tag (`release-v3.5`, `v3.8.4`...); undefined when the
 * tag names no version (`latest`, a digest).
 */
export function pushRoutingOf(imageOrTag: string | undefined): PushRouting | undefined {
  if (!imageOrTag) return undefined;
  const tag = imageOrTag.split("@")[0]?.split("/").pop()?.split(":")[1] ?? imageOrTag;
  const match = /(\d+)\.(\d+)(?:\.(\d+))?/.exec(tag);
  if (!match) return undefined;
  const version = [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)];
  for (let i = 0; i < 3; i++) {
    const part = version[i] as number;
    const since = FAN_OUT_SINCE[i] as number;
    if (part !== since) return part > since ? "fan-out" : "hash";
  }
  return "fan-out";
}
