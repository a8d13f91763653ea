export {
  type Analysis,
  analyze,
  emptyCounts,
  type MatrixCell,
  type OutcomeCounts,
  type TargetLoad,
  usersIn,
} from "./analyze.js";
export {
  ClusterRouting,
  NO_TARGET,
  OUTCOMES,
  type Outcome,
  type SideRouting,
  type Target,
  type UserRoute,
} from "./ClusterRouting.js";
export type {
  Cluster,
  GatewaySpec,
  HostFormat,
  PodEnv,
  ProxySpec,
  PushRouting,
  PushSpec,
} from "./cluster.js";
export { goAtoi } from "./goAtoi.js";
export {
  DEFAULT_GATEWAY_PORT,
  derivedReplicas,
  gatewayHosts,
  gatewayPort,
  HostLimitError,
  hostDnsName,
  instanceOf,
  MAX_DERIVED_HOSTS,
  podDnsNames,
  proxyHosts,
  pushHosts,
} from "./hosts.js";
export {
  DEFAULT_NAMESPACE,
  DEFAULT_RELEASE,
  type InstallOptions,
  openimInstall,
  PRESETS,
  type Preset,
  type PresetId,
  presetById,
} from "./presets.js";
export {
  type LayoutPoint,
  type RingLayout,
  ringLayout,
  type SideLayout,
} from "./ringLayout.js";
export { type Routes, routeAll } from "./routeAll.js";
export { SCALE_SCOPES, type ScaleScope, withReplicas } from "./scale.js";
export { type ScaleChange, scaleChange } from "./scaleChange.js";
export { arcShares, CIRCLE, type Segment, segmentsOf } from "./segments.js";
export { type SweepOptions, type SweepPoint, sweep } from "./sweep.js";
export { ADMIN_USER_IDS, syntheticUsers } from "./syntheticUsers.js";
export { type Timeline, timeline } from "./timeline.js";
export { type TimelineComparison, timelineComparison } from "./timelineComparison.js";
export {
  TIMELINE_OUTCOMES,
  type TimelineOutcome,
  type TimelinePoint,
  timelineCounts,
} from "./timelineCounts.js";
export { timelineDelays } from "./timelineDelays.js";
export {
  type ReconnectModel,
  TIMELINE_CHANGES,
  TIMELINE_EVENT_KINDS,
  type TimelineChange,
  type TimelineEvent,
  type TimelineEventKind,
  type TimelineInput,
} from "./timelineInput.js";
export {
  emptyTimelinePath,
  type PathContext,
  type TimelinePath,
  timelinePath,
} from "./timelinePath.js";
export { NO_POD, type TimelinePicks, timelinePicks } from "./timelinePicks.js";
export { type EventTimes, type TimelineSchedule, timelineSchedule } from "./timelineSchedule.js";
