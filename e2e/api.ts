import { expect, type Page } from "@playwright/test";

/** A cluster as the API takes it; tests only touch the replica fields. */
export interface ClusterJson {
  gateway: { replicas: number };
  push: { env: { MY_MSGGATEWAY_REPLICACOUNT: string } };
  proxy: { env: { MY_MSGGATEWAY_REPLICACOUNT: string } };
}

export interface Summary {
  users: number;
  delivered: number;
  misrouted: number;
  cannotConnect: number;
  dropped: number;
}

export interface Route {
  userId: string;
  hash: number;
  connect: number;
  deliver: number;
  outcome: string;
}

export interface AnalysisJson {
  summary: Summary;
  targets: { name: string; exists: boolean }[];
  affected: { total: number; offset: number; items: Route[] };
}

/** The users the dashboard opens on: 10,000 synthetic users, seed 1. */
export const DEFAULT_USERS = { synthetic: { count: 10_000, seed: 1 } };

/** A preset's cluster, as the server lists it. */
export async function presetCluster(page: Page, id: string): Promise<ClusterJson> {
  const answer = await page.request.get("/api/v1/presets");
  expect(answer.ok()).toBe(true);
  const presets = (await answer.json()) as { id: string; cluster: ClusterJson }[];
  const preset = presets.find((p) => p.id === id);
  if (!preset) throw new Error(`no preset ${id}`);
  return preset.cluster;
}

/** The cluster with `replicas` everywhere, as the dashboard's slider makes it. */
export function withReplicas(cluster: ClusterJson, replicas: number): ClusterJson {
  const c = structuredClone(cluster);
  c.gateway.replicas = replicas;
  c.push.env.MY_MSGGATEWAY_REPLICACOUNT = String(replicas);
  c.proxy.env.MY_MSGGATEWAY_REPLICACOUNT = String(replicas);
  return c;
}

/** POST /api/v1/analysis with no users drawn; `page` picks which routes come back. */
export async function analysisOf(
  page: Page,
  cluster: ClusterJson,
  options: { users?: unknown; page?: Record<string, unknown> } = {},
): Promise<AnalysisJson> {
  const answer = await page.request.post("/api/v1/analysis", {
    data: {
      cluster,
      users: options.users ?? DEFAULT_USERS,
      sampleSize: 0,
      page: options.page ?? { offset: 0, limit: 0 },
    },
  });
  expect(answer.ok()).toBe(true);
  return (await answer.json()) as AnalysisJson;
}

/** Routes one analysis answer lists at most. */
const MAX_PAGE = 1000;

/** Every user's connection pod (by host name), read page by page from the analysis API. */
export async function connectionsOf(
  page: Page,
  cluster: ClusterJson,
  users: unknown = DEFAULT_USERS,
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const outcome of ["delivered", "misrouted", "cannotConnect", "dropped"]) {
    for (let offset = 0; ; offset += MAX_PAGE) {
      const answer = await analysisOf(page, cluster, {
        users,
        page: { offset, limit: MAX_PAGE, outcome },
      });
      const name = (target: number) => answer.targets[target]?.name ?? "none";
      for (const route of answer.affected.items) out.set(route.userId, name(route.connect));
      if (offset + MAX_PAGE >= answer.affected.total) break;
    }
  }
  return out;
}
