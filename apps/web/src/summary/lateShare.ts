import { formatCount, formatShare } from "./format.js";
import type { Summary } from "./outcomeText.js";

/** The late count and who it is out of, as the headline and every export word it. */
export interface LateShare {
  late: number;
  /** Users who can connect: only they are online to get a message late. */
  of: number;
  /** Who `of` counts, in words. */
  whom: "online users" | "users who can connect";
  /** `late` out of `of`, as a percentage. */
  share: string;
}

/**
 * A user whose proxy dials a pod that does not exist is not online: the late count is out of
 * the users who can connect, and those who cannot are counted apart.
 */
export function lateShare(summary: Summary): LateShare {
  const of = summary.users - summary.cannotConnect;
  return {
    late: summary.misrouted,
    of,
    whom: summary.cannotConnect > 0 ? "users who can connect" : "online users",
    share: formatShare(summary.misrouted, of),
  };
}

/** "8,609 of 10,000 online users (86.1%)": the late count in a few words. */
export function lateText(summary: Summary): string {
  const { late, of, whom, share } = lateShare(summary);
  return `${formatCount(late)} of ${formatCount(of)} ${whom} (${share})`;
}
