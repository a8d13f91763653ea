/** Every limit the API enforces, in one place so the server, the docs and the web agree. */
export const LIMITS = {
  /** Gateway replicas, in the StatefulSet or an env, that Ringside models. */
  minReplicas: 1,
  maxReplicas: 1024,
  /** Users in one analysis, from any source. */
  maxUsers: 1_000_000,
  /** User IDs sent inline in a JSON body; larger sets go through an upload. */
  maxInlineUsers: 100_000,
  /** Characters in one user ID. */
  maxUserIdLength: 128,
  /** Characters in a Kubernetes name or env value. */
  maxNameLength: 253,
  /** Bytes of a JSON request body. */
  maxJsonBytes: 8 * 1024 * 1024,
  /** Bytes of pasted manifests. */
  maxManifestBytes: 2 * 1024 * 1024,
  /** Bytes of an uploaded user list: a million 10-digit IDs in CSV with room to spare. */
  maxUploadBytes: 48 * 1024 * 1024,
  /** Affected users returned in one page. */
  maxPageSize: 1000,
  /** Angular bins of the user density ring. */
  densityBins: 360,
  /** Users drawn individually at most; above it the dashboard draws density. */
  maxSampleSize: 5000,
  /** Bytes of a saved scenario's view state. */
  maxViewBytes: 16 * 1024,
} as const;
