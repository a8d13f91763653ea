import { type Analysis, LIMITS, PageSchema } from "@ringside/api-schema";
import {
  analyze,
  type Cluster,
  ClusterRouting,
  ringLayout,
  routeAll,
  type ScaleScope,
  type SweepPoint,
  sweep,
} from "@ringside/openim";
import { affectedPage, densityOf, type Page, sampleOf } from "./routeViews.js";
import type { UserKeys } from "./UserKeys.js";

/** What to list beside the counts. */
export interface AnalysisOptions {
  /** Affected users to list; every user not delivered, first 100, when absent. */
  page?: Page | undefined;
  /** Users to draw one by one, misrouted first. */
  sampleSize?: number | undefined;
}

/**
 * Everything the dashboard shows for one cluster and one user set: counts through the ring
 * segments, and every user routed in one pass beside them (no lookup per user per ring).
 *
 * @example
 * const users = userKeysOf(syntheticUsers(1_000_000, 1)); // hash once
 * analyzeCluster(openimInstall({ replicas: 5 }), users).summary.misrouted;
 */
export function analyzeCluster(
  cluster: Cluster,
  users: UserKeys,
  options: AnalysisOptions = {},
): Analysis {
  const routing = new ClusterRouting(cluster);
  const { summary, loads, matrix } = analyze(routing, users.keys);
  const routes = routeAll(routing, users.keys);
  return {
    summary,
    ...ringLayout(routing),
    loads,
    matrix,
    density: densityOf(users, routes, LIMITS.densityBins),
    sample: sampleOf(users, routes, options.sampleSize ?? 1000),
    affected: affectedPage(users, routes, options.page ?? PageSchema.parse({})),
  };
}

/** Outcome counts at every replica count from `from` to `to`, scaling what `scope` touches. */
export function sweepCluster(
  cluster: Cluster,
  users: UserKeys,
  range: { from: number; to: number; scope?: ScaleScope },
): SweepPoint[] {
  return sweep(cluster, users.keys, range);
}
