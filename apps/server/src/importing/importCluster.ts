import { ClusterSchema, type ImportResult, issuesOf } from "@ringside/api-schema";
import type { Cluster } from "@ringside/openim";
import { HttpError } from "../http/HttpError.js";
import { clusterFromObjects } from "./clusterFromObjects.js";
import { clusterFromValues } from "./clusterFromValues.js";
import { ImportContext, type ImportOptions } from "./ImportContext.js";
import { readDocuments } from "./readDocuments.js";

/**
 * Reads pasted cluster data (`helm template` output, a `kubectl get -o yaml|json` List, or a
 * helm values file) into the contract's cluster, with the objects read and every assumption
 * made. Bad text answers 400 naming its line.
 */
export function importCluster(text: string, options: ImportOptions = {}): ImportResult {
  const documents = readDocuments(text);
  const context = new ImportContext(options);
  const cluster: Cluster | undefined =
    clusterFromObjects(documents.objects, context) ??
    documents.values.reduce<Cluster | undefined>(
      (found, values) => found ?? clusterFromValues(values, context),
      undefined,
    );
  if (!cluster) {
    const message =
      "Found no OpenIM objects: paste `helm template` output or `kubectl get sts,deploy,cm " +
      "-o yaml` with the openim-msggateway StatefulSet and the openim-push and " +
      "openim-msggateway-proxy Deployments, or the chart's values file";
    throw new HttpError("bad_request", message, [{ path: "(body)", message }]);
  }

  // The text may hold values the model refuses (0 replicas, say): name them.
  const checked = ClusterSchema.safeParse(cluster);
  if (!checked.success) {
    const issues = issuesOf(checked.error, "").map((i) => ({ ...i, path: `cluster.${i.path}` }));
    const first = issues[0];
    const why = `${first?.path}: ${first?.message}`;
    const message = `The text describes a cluster Ringside cannot model: ${why}`;
    throw new HttpError("bad_request", message, issues);
  }
  return { cluster: checked.data, found: context.found, warnings: context.warnings };
}
