import type { Users } from "@ringside/api-schema";
import { type Cluster, presetById, withReplicas } from "@ringside/openim";
import { useRef } from "react";
import { useView } from "./ViewContext.js";
import type { ViewState } from "./viewState.js";

/** What the view analyses: the cluster after the slider, the cluster before it, and the users. */
export interface Scenario {
  /** The preset's or the edited cluster, before the slider. */
  base: Cluster;
  /** The cluster analysed: `base` with the slider's replicas applied to the chosen scope. */
  cluster: Cluster;
  replicas: number;
  users: Users;
}

/** Derives the analysed cluster and users from a view. */
export function scenarioOf(view: ViewState): Scenario {
  const base = view.cluster ?? presetById(view.preset).cluster;
  const replicas = view.replicas ?? base.gateway.replicas;
  const cluster = view.replicas === undefined ? base : withReplicas(base, replicas, view.scope);
  const users: Users = view.setId
    ? { setId: view.setId }
    : { synthetic: { count: view.synthetic.count, seed: view.synthetic.seed } };
  return { base, cluster, replicas, users };
}

/** The fields of a view that decide its scenario; the rest is what is looked at. */
export function scenarioKey(view: ViewState): string {
  const { preset, cluster, replicas, scope, setId, synthetic } = view;
  return JSON.stringify([preset, cluster, replicas, scope, setId, synthetic]);
}

/** The scenario of the current view: the same object while its inputs do not change. */
export function useScenario(): Scenario {
  const { view } = useView();
  const cache = useRef<{ key: string; scenario: Scenario } | null>(null);
  const key = scenarioKey(view);
  if (cache.current?.key !== key) cache.current = { key, scenario: scenarioOf(view) };
  return cache.current.scenario;
}
