import type { Analysis } from "@ringside/api-schema";

type Outcome = "delivered" | "misrouted" | "cannotConnect" | "dropped";

/** Each outcome as a reader would name it. */
export const OUTCOME_NAMES: Record<Outcome, string> = {
  delivered: "delivered in real time",
  misrouted: "late (misrouted)",
  cannotConnect: "cannot connect",
  dropped: "lost (no push at all)",
};

/** What each outcome means for the person holding the phone. */
export const OUTCOME_MEANINGS: Record<Outcome, string> = {
  delivered: "push sends to the pod that holds the connection",
  misrouted: "offline push only; the message appears on the next sync",
  cannotConnect: "the proxy dials a pod that does not exist",
  dropped: "push calls a pod that does not exist; the error is ignored",
};

export const OUTCOME_ORDER: readonly Outcome[] = [
  "delivered",
  "misrouted",
  "cannotConnect",
  "dropped",
];

export type Summary = Analysis["summary"];
