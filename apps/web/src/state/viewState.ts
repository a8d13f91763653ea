import { ClusterSchema, LIMITS, SyntheticUsersSchema } from "@ringside/api-schema";
import {
  type Cluster,
  PRESETS,
  type PresetId,
  SCALE_SCOPES,
  type ScaleScope,
} from "@ringside/openim";

export type Theme = "light" | "dark";
export type OutcomeFilter = "affected" | "delivered" | "misrouted" | "cannotConnect" | "dropped";

/** Everything a link restores: what is analysed and what is looked at. */
export interface ViewState {
  /** The preset shown when no edited or imported cluster is given. */
  preset: PresetId;
  /** An edited or imported cluster; wins over the preset. */
  cluster: Cluster | undefined;
  /** Replicas set with the slider; the cluster's own when absent. */
  replicas: number | undefined;
  /** What the slider and the sweep scale. */
  scope: ScaleScope;
  /** The other end of "scale from N to M"; N + 1 when absent. */
  scaleTo: number | undefined;
  synthetic: { count: number; seed: number };
  /** An uploaded user set; wins over the synthetic users. */
  setId: string | undefined;
  /** The user whose route is open. */
  user: string | undefined;
  /** The target lit on both rings. */
  pod: number | undefined;
  /** A pod-matrix cell filtering the users table. */
  cell: { connect: number; deliver: number } | undefined;
  outcome: OutcomeFilter;
  query: string;
  /** A theme chosen by hand over the system's. */
  theme: Theme | undefined;
  /** The scale-event timeline's form, in its own compact text; its defaults when absent. */
  timeline?: string | undefined;
}

export const DEFAULT_VIEW: ViewState = {
  preset: "as-shipped",
  cluster: undefined,
  replicas: undefined,
  scope: "all",
  scaleTo: undefined,
  synthetic: { count: 10_000, seed: 1 },
  setId: undefined,
  user: undefined,
  pod: undefined,
  cell: undefined,
  outcome: "affected",
  query: "",
  theme: undefined,
  timeline: undefined,
};

const OUTCOME_FILTERS: readonly OutcomeFilter[] = [
  "affected",
  "delivered",
  "misrouted",
  "cannotConnect",
  "dropped",
];
const SET_ID = /^[A-Za-z0-9_-]{1,64}$/;
const TIMELINE = /^[a-z0-9.,-]{1,80}$/;

/** Reads a view from a query string; anything missing or malformed falls back to the default. */
export function parseView(search: string): ViewState {
  const params = new URLSearchParams(search);
  const view: ViewState = { ...DEFAULT_VIEW, synthetic: { ...DEFAULT_VIEW.synthetic } };

  const preset = params.get("preset");
  if (PRESETS.some((p) => p.id === preset)) view.preset = preset as PresetId;
  view.cluster = parseCluster(params.get("cluster"));
  view.replicas = intIn(params.get("r"), LIMITS.minReplicas, LIMITS.maxReplicas);
  const scope = params.get("scope");
  if (SCALE_SCOPES.includes(scope as ScaleScope)) view.scope = scope as ScaleScope;
  view.scaleTo = intIn(params.get("to"), LIMITS.minReplicas, LIMITS.maxReplicas);

  const synthetic = SyntheticUsersSchema.safeParse({
    count: intIn(params.get("n"), 1, LIMITS.maxUsers) ?? view.synthetic.count,
    seed: intIn(params.get("seed"), 0, 2 ** 31 - 1) ?? view.synthetic.seed,
  });
  if (synthetic.success) view.synthetic = synthetic.data;
  const setId = params.get("set");
  if (setId && SET_ID.test(setId)) view.setId = setId;

  const user = params.get("user");
  if (user && user.length <= LIMITS.maxUserIdLength) view.user = user;
  view.pod = intIn(params.get("pod"), 0, 2 * LIMITS.maxReplicas);
  const [connect, deliver] = (params.get("cell") ?? "").split(",");
  const c = intIn(connect ?? null, -1, 2 * LIMITS.maxReplicas);
  const d = intIn(deliver ?? null, -1, 2 * LIMITS.maxReplicas);
  if (c !== undefined && d !== undefined) view.cell = { connect: c, deliver: d };
  const outcome = params.get("outcome");
  if (OUTCOME_FILTERS.includes(outcome as OutcomeFilter)) view.outcome = outcome as OutcomeFilter;
  view.query = (params.get("q") ?? "").slice(0, LIMITS.maxUserIdLength);
  const theme = params.get("theme");
  if (theme === "light" || theme === "dark") view.theme = theme;
  const timeline = params.get("tl");
  if (timeline && TIMELINE.test(timeline)) view.timeline = timeline;
  return view;
}

/** Writes a view as a query string, leaving defaults out so links stay short. */
export function serializeView(view: ViewState): string {
  const params = new URLSearchParams();
  const d = DEFAULT_VIEW;
  if (view.cluster) params.set("cluster", JSON.stringify(view.cluster));
  else if (view.preset !== d.preset) params.set("preset", view.preset);
  if (view.replicas !== undefined) params.set("r", String(view.replicas));
  if (view.scope !== d.scope) params.set("scope", view.scope);
  if (view.scaleTo !== undefined) params.set("to", String(view.scaleTo));
  if (view.setId) params.set("set", view.setId);
  else {
    if (view.synthetic.count !== d.synthetic.count) params.set("n", String(view.synthetic.count));
    if (view.synthetic.seed !== d.synthetic.seed) params.set("seed", String(view.synthetic.seed));
  }
  if (view.user !== undefined) params.set("user", view.user);
  if (view.pod !== undefined) params.set("pod", String(view.pod));
  if (view.cell) params.set("cell", `${view.cell.connect},${view.cell.deliver}`);
  if (view.outcome !== d.outcome) params.set("outcome", view.outcome);
  if (view.query !== "") params.set("q", view.query);
  if (view.theme) params.set("theme", view.theme);
  if (view.timeline) params.set("tl", view.timeline);
  const text = params.toString();
  return text === "" ? "" : `?${text}`;
}

function intIn(text: string | null, min: number, max: number): number | undefined {
  if (text === null || !/^-?\d+$/.test(text)) return undefined;
  const value = Number(text);
  return value >= min && value <= max ? value : undefined;
}

function parseCluster(text: string | null): Cluster | undefined {
  if (!text) return undefined;
  try {
    const parsed = ClusterSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
