import { type AnalysisRequest, LIMITS, type SweepRequest, type Users } from "@ringside/api-schema";
import type { Cluster } from "@ringside/openim";

/**
 * Users drawn one by one on the rings, as many as the API draws: every user of a set this
 * small, a sample of a larger one (misrouted first), the rest summarised by the density ring.
 */
export const SAMPLE_SIZE = LIMITS.maxSampleSize;

/** Rows the users table asks for at a time. */
export const TABLE_PAGE = 200;

/** Sweep range the chart draws. */
export const SWEEP_FROM = 1;
export const SWEEP_TO = 64;

/** The request behind the rings, the headline, the matrix and the legend. */
export function overviewRequest(cluster: Cluster, users: Users): AnalysisRequest {
  return { cluster, users, sampleSize: SAMPLE_SIZE, page: { offset: 0, limit: 0 } };
}

/** Counts only: no users drawn, no page. */
export function countsRequest(cluster: Cluster, users: Users): AnalysisRequest {
  return { cluster, users, sampleSize: 0, page: { offset: 0, limit: 0 } };
}

/** Filters of the users table. */
export interface TableFilter {
  query?: string | undefined;
  outcome?: "delivered" | "misrouted" | "cannotConnect" | "dropped" | undefined;
  connect?: number | undefined;
  deliver?: number | undefined;
}

/** One page of the users table. */
export function pageRequest(
  cluster: Cluster,
  users: Users,
  filter: TableFilter,
  offset: number,
): AnalysisRequest {
  const page: NonNullable<AnalysisRequest["page"]> = { offset, limit: TABLE_PAGE };
  if (filter.query) page.query = filter.query;
  if (filter.outcome) page.outcome = filter.outcome;
  if (filter.connect !== undefined) page.connect = filter.connect;
  if (filter.deliver !== undefined) page.deliver = filter.deliver;
  return { cluster, users, sampleSize: 0, page };
}

/** A sweep of this cluster's replica counts. */
export function sweepRequest(
  cluster: Cluster,
  users: Users,
  scope: SweepRequest["scope"],
): SweepRequest {
  return { cluster, users, from: SWEEP_FROM, to: SWEEP_TO, scope };
}

/** The CSV of every affected user, as a link: the browser downloads it itself, streamed. */
export function affectedUsersCsvUrl(cluster: Cluster, users: Users): string {
  const query = new URLSearchParams({
    cluster: JSON.stringify(cluster),
    users: JSON.stringify(users),
  });
  return `/api/v1/affected-users.csv?${query}`;
}
