import { type TimelineRequest, TimelineSchema } from "@ringside/api-schema";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../api/client.js";

/** Both proxy formats over one change; the previous answer stays while the next loads. */
export function useTimeline(body: TimelineRequest | undefined) {
  return useQuery({
    queryKey: ["timeline", body],
    queryFn: ({ signal }) =>
      apiRequest("/api/v1/timeline", TimelineSchema, { method: "POST", json: body }, signal),
    enabled: body !== undefined,
    staleTime: Number.POSITIVE_INFINITY,
    placeholderData: keepPreviousData,
  });
}
