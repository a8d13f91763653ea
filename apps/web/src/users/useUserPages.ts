import type { Route, Users } from "@ringside/api-schema";
import type { Cluster } from "@ringside/openim";
import { keepPreviousData, useQueries } from "@tanstack/react-query";
import { analysisQuery } from "../api/queries.js";
import { pageRequest, TABLE_PAGE, type TableFilter } from "../api/requests.js";

/** The rows the table shows, fetched a page at a time as they scroll into view. */
export interface UserPages {
  total: number | undefined;
  rowAt: (index: number) => Route | undefined;
  loading: boolean;
  error: unknown;
}

/**
 * Pages covering `[first, last]`, plus the first page that tells the total; nothing is asked
 * while `enabled` is false (the overview goes first).
 */
export function useUserPages(
  cluster: Cluster,
  users: Users,
  filter: TableFilter,
  first: number,
  last: number,
  enabled = true,
): UserPages {
  const pages = new Set([0]);
  for (let p = Math.floor(first / TABLE_PAGE); p <= Math.floor(last / TABLE_PAGE); p++)
    pages.add(p);
  const wanted = [...pages];

  const results = useQueries({
    queries: wanted.map((page) => ({
      ...analysisQuery(pageRequest(cluster, users, filter, page * TABLE_PAGE)),
      placeholderData: page === 0 ? keepPreviousData : undefined,
      enabled,
    })),
  });

  const byPage = new Map<number, Route[]>();
  results.forEach((result, i) => {
    if (result.data) byPage.set(wanted[i] as number, result.data.affected.items);
  });
  return {
    total: results[0]?.data?.affected.total,
    rowAt: (index) => byPage.get(Math.floor(index / TABLE_PAGE))?.[index % TABLE_PAGE],
    loading: results.some((r) => r.isFetching),
    error: results.find((r) => r.error)?.error,
  };
}
