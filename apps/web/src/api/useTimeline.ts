import { type TimelineRequest, TimelineSchema } from "@ringside/api-schema";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useSettled } from "../app/useSettled.js";
import { apiRequest } from "./client.js";

/**
 * How long a timeline request waits for the form or the slider to rest: one timeline of a
 * million users takes the server a second, so a drag asks once, not once per step.
 */
const SETTLE_MS = 300;

/** Both proxy formats over one change; the previous answer stays while the next loads. */
export function useTimeline(body: TimelineRequest | undefined) {
  const settled = useSettled(body, SETTLE_MS);
  return useQuery({
    queryKey: ["timeline", settled],
    queryFn: ({ signal }) =>
      apiRequest("/api/v1/timeline", TimelineSchema, { method: "POST", json: settled }, signal),
    enabled: settled !== undefined,
    staleTime: Number.POSITIVE_INFINITY,
    placeholderData: keepPreviousData,
  });
}
