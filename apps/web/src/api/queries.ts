import {
  type AnalysisRequest,
  AnalysisSchema,
  ImportResultSchema,
  type SweepRequest,
  SweepSchema,
  UserDetailSchema,
  type UserSet,
  UserSetSchema,
} from "@ringside/api-schema";
import type { Cluster, HostFormat } from "@ringside/openim";
import {
  keepPreviousData,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";
import { apiRequest } from "./client.js";
import { type UploadProgress, uploadUserSet } from "./uploadUserSet.js";

/** Analyses never change for the same body: keep them as long as the tab lives. */
const FOREVER = Number.POSITIVE_INFINITY;

/** The query of one analysis body; shared by hooks and prefetching. */
export function analysisQuery(body: AnalysisRequest) {
  return queryOptions({
    queryKey: ["analysis", body],
    queryFn: ({ signal }) =>
      apiRequest("/api/v1/analysis", AnalysisSchema, { method: "POST", json: body }, signal),
    staleTime: FOREVER,
    gcTime: 5 * 60_000,
  });
}

/** An analysis; while the next one loads, the previous answer stays on screen. */
export function useAnalysis(body: AnalysisRequest, enabled = true) {
  return useQuery({ ...analysisQuery(body), placeholderData: keepPreviousData, enabled });
}

export function useSweep(body: SweepRequest) {
  return useQuery({
    queryKey: ["sweep", body],
    queryFn: ({ signal }) =>
      apiRequest("/api/v1/sweep", SweepSchema, { method: "POST", json: body }, signal),
    staleTime: FOREVER,
    placeholderData: keepPreviousData,
  });
}

/** One user's route through both rings; any ID, affected or not. */
export function useUserDetail(cluster: Cluster, userId: string | undefined) {
  return useQuery({
    queryKey: ["user-route", cluster, userId],
    queryFn: ({ signal }) =>
      apiRequest(
        "/api/v1/users/route",
        UserDetailSchema,
        { method: "POST", json: { cluster, userId } },
        signal,
      ),
    enabled: userId !== undefined,
    staleTime: FOREVER,
  });
}

/** Pasted or uploaded manifests, read by the server's importer. */
export function useImportCluster() {
  return useMutation({
    mutationFn: (input: {
      text: string;
      namespace?: string;
      release?: string;
      proxyHostFormat?: HostFormat;
    }) => {
      const query = new URLSearchParams();
      if (input.namespace) query.set("namespace", input.namespace);
      if (input.release) query.set("release", input.release);
      if (input.proxyHostFormat) query.set("proxyHostFormat", input.proxyHostFormat);
      const suffix = query.size > 0 ? `?${query}` : "";
      return apiRequest(`/api/v1/cluster/import${suffix}`, ImportResultSchema, {
        method: "POST",
        body: input.text,
        contentType: "text/plain",
      });
    },
  });
}

/** The query of an uploaded set's name and counts; a set never changes once stored. */
function userSetQuery(id: string) {
  return queryOptions({
    queryKey: ["user-set", id],
    queryFn: ({ signal }) =>
      apiRequest(`/api/v1/user-sets/${encodeURIComponent(id)}`, UserSetSchema, {}, signal),
    staleTime: FOREVER,
    retry: false,
  });
}

/** An uploaded set's name and counts, for a link or a reload that names only its id. */
export function useUserSet(id: string | undefined) {
  return useQuery({ ...userSetQuery(id ?? ""), enabled: id !== undefined });
}

/** A user list sent to the server, reporting bytes sent as it goes. */
export function useUploadUserSet(onProgress: (progress: UploadProgress) => void) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => uploadUserSet(file, onProgress),
    // the answer is the set's metadata: nothing to ask again for it
    onSuccess: (set: UserSet) => client.setQueryData(userSetQuery(set.id).queryKey, set),
  });
}
