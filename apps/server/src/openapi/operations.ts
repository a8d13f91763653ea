import {
  AFFECTED_CSV_COLUMNS,
  AffectedCsvQuerySchema,
  AnalysisRequestSchema,
  AnalysisSchema,
  HealthSchema,
  IdParamsSchema,
  ImportQuerySchema,
  ImportResultSchema,
  LIMITS,
  PresetListSchema,
  ScenarioInputSchema,
  ScenarioSchema,
  SweepRequestSchema,
  SweepSchema,
  TimelineRequestSchema,
  TimelineSchema,
  UserDetailRequestSchema,
  UserDetailSchema,
  UserSetQuerySchema,
  UserSetSchema,
} from "@ringside/api-schema";
import type { z } from "zod";
import { MAX_SWEEP_REPLICA_SUM } from "../routes/analysisRoutes.js";
import { MANIFEST_TYPES } from "../routes/clusterRoutes.js";

/** One documented route. Errors are added to every operation from its `errors`. */
export interface Operation {
  method: "get" | "post";
  path: string;
  summary: string;
  description: string;
  tag: string;
  query?: z.ZodObject;
  params?: z.ZodObject;
  /** A JSON body, or a text body in the listed media types. */
  body?: { schema: z.ZodType } | { text: string[]; description: string };
  /** A JSON answer, or a text one in the given media type. */
  ok:
    | { status: number; schema: z.ZodType; description: string }
    | { status: number; text: string; description: string };
  errors: number[];
}

const mb = (bytes: number) => `${bytes / 1024 / 1024} MiB`;

/** Every route of the API, as the OpenAPI document and the docs page describe it. */
export const OPERATIONS: Operation[] = [
  {
    method: "post",
    path: "/api/v1/analysis",
    tag: "Routing",
    summary: "Route every user through both rings",
    description:
      "Counts users per outcome, builds both rings and the pod matrix, and lists a page of " +
      "affected users with their route. Users are inline IDs, a seeded synthetic set or an " +
      `uploaded set (up to ${LIMITS.maxUsers} users). JSON body up to ${mb(LIMITS.maxJsonBytes)}.`,
    body: { schema: AnalysisRequestSchema },
    ok: { status: 200, schema: AnalysisSchema, description: "The analysis." },
    errors: [400, 404, 413, 415, 429],
  },
  {
    method: "post",
    path: "/api/v1/sweep",
    tag: "Routing",
    summary: "Outcome counts over a range of replica counts",
    description:
      "Scales everything (`all`), only the StatefulSet (`gateway`, as `kubectl scale`), or only " +
      `one side's env (\`push\`, \`proxy\`, as a partial rollout), from ${LIMITS.minReplicas} ` +
      `to at most ${LIMITS.maxReplicas} replicas, as long as the replica counts of all points ` +
      `add up to at most ${MAX_SWEEP_REPLICA_SUM}.`,
    body: { schema: SweepRequestSchema },
    ok: { status: 200, schema: SweepSchema, description: "One point per replica count." },
    errors: [400, 404, 413, 415, 429],
  },
  {
    method: "post",
    path: "/api/v1/timeline",
    tag: "Routing",
    summary: "A replica change played out over time, for the 3.5.1 and the patched proxy",
    description:
      "A helm upgrade (StatefulSet, push env, proxy env) or a `kubectl scale` (StatefulSet " +
      "only) from the cluster's replicas to `replicas`, with each event at its minute. Users " +
      "keep the pod they connected to until they reconnect; a proxy restart drops its " +
      "websockets and clients come back after exponential delays. Answers delivered, " +
      "misrouted, disconnected and dropped users at every sample, for both proxy formats.",
    body: { schema: TimelineRequestSchema },
    ok: { status: 200, schema: TimelineSchema, description: "Both series, sample by sample." },
    errors: [400, 404, 413, 415, 429],
  },
  {
    method: "get",
    path: "/api/v1/affected-users.csv",
    tag: "Routing",
    summary: "Every affected user's route, as CSV",
    description:
      "The users the analysis of `cluster` and `users` (both JSON text) does not deliver in " +
      "real time, or only those with `outcome`, in set order, streamed as CSV with the " +
      `columns ${AFFECTED_CSV_COLUMNS.join(", ")}. Pods are named by their host's first ` +
      `label. Up to ${LIMITS.maxUsers} users.`,
    query: AffectedCsvQuerySchema,
    ok: { status: 200, text: "text/csv", description: "The users, one row each." },
    errors: [400, 404],
  },
  {
    method: "post",
    path: "/api/v1/users/route",
    tag: "Routing",
    summary: "One user's route, with the virtual node that caught it on each ring",
    description: "The user's hash, both picks, the outcome, and each ring's catching point.",
    body: { schema: UserDetailRequestSchema },
    ok: { status: 200, schema: UserDetailSchema, description: "The user's route." },
    errors: [400, 413, 415, 429],
  },
  {
    method: "post",
    path: "/api/v1/cluster/import",
    tag: "Cluster",
    summary: "Read a cluster from pasted manifests",
    description:
      "Accepts `helm template` output (multi-document YAML), `kubectl get ... -o yaml|json` " +
      "(a List) or a helm values file, as text. The query fills what the text lacks. Answers " +
      "the cluster, the objects read and every assumption made. Body up to " +
      `${mb(LIMITS.maxManifestBytes)}.`,
    query: ImportQuerySchema,
    body: { text: MANIFEST_TYPES, description: "The manifests, as pasted." },
    ok: { status: 200, schema: ImportResultSchema, description: "The cluster read." },
    errors: [400, 413, 415, 429],
  },
  {
    method: "get",
    path: "/api/v1/presets",
    tag: "Cluster",
    summary: "Named failure modes of OpenIM's routing, and their fixes",
    description: "Each preset is a ready cluster to analyze, with a short explanation.",
    ok: { status: 200, schema: PresetListSchema, description: "Every preset." },
    errors: [],
  },
  {
    method: "post",
    path: "/api/v1/user-sets",
    tag: "User sets",
    summary: "Upload a list of user IDs",
    description:
      "Plain text with one ID per line, or CSV with a `userID` column. Duplicates and blank " +
      "lines are counted and reported; a bad line is named by number and nothing is saved. " +
      `Up to ${LIMITS.maxUsers} IDs of at most ${LIMITS.maxUserIdLength} characters, ` +
      `${mb(LIMITS.maxUploadBytes)}.`,
    query: UserSetQuerySchema,
    body: { text: ["text/plain", "text/csv"], description: "The list." },
    ok: { status: 201, schema: UserSetSchema, description: "The stored set." },
    errors: [400, 413, 415, 429],
  },
  {
    method: "get",
    path: "/api/v1/user-sets/{id}",
    tag: "User sets",
    summary: "Describe an uploaded set",
    description: "Its name, size and what the upload set aside.",
    params: IdParamsSchema,
    ok: { status: 200, schema: UserSetSchema, description: "The set." },
    errors: [400, 404],
  },
  {
    method: "post",
    path: "/api/v1/scenarios",
    tag: "Scenarios",
    summary: "Save a scenario",
    description:
      "Saves a cluster, its users and the dashboard's view state, to reopen exactly. View " +
      `state up to ${LIMITS.maxViewBytes} bytes.`,
    body: { schema: ScenarioInputSchema },
    ok: { status: 201, schema: ScenarioSchema, description: "The saved scenario." },
    errors: [400, 404, 413, 415, 429],
  },
  {
    method: "get",
    path: "/api/v1/scenarios/{id}",
    tag: "Scenarios",
    summary: "Reopen a saved scenario",
    description: "Answers the scenario exactly as saved.",
    params: IdParamsSchema,
    ok: { status: 200, schema: ScenarioSchema, description: "The scenario." },
    errors: [400, 404],
  },
  {
    method: "get",
    path: "/api/health",
    tag: "Service",
    summary: "Whether the server and its database answer",
    description: "For load balancers and container health checks.",
    ok: { status: 200, schema: HealthSchema, description: "Healthy." },
    errors: [],
  },
];
