import { type Cluster, derivedReplicas, instanceOf } from "@ringside/openim";

/** The helm release a gateway StatefulSet name was rendered from. */
function releaseOf(statefulSet: string): string {
  return statefulSet.replace(/-openim-msggateway$/, "");
}

function sees(cluster: Cluster, side: "push" | "proxy"): string {
  try {
    return String(derivedReplicas(cluster[side].env, side));
  } catch {
    return "too many";
  }
}

/** The cluster in one glance: release, pods that exist, and the count each ring is built for. */
export function ClusterSummary({ cluster }: { cluster: Cluster }) {
  return (
    <dl className="facts cluster-summary" data-testid="cluster.summary">
      <div>
        <dt>Release</dt>
        <dd className="mono" data-testid="cluster.release">
          {releaseOf(cluster.gateway.statefulSet)}
        </dd>
      </div>
      <div>
        <dt>Namespace</dt>
        <dd className="mono">{cluster.gateway.namespace}</dd>
      </div>
      <div>
        <dt>Gateway pods</dt>
        <dd className="num" data-testid="cluster.pods">
          {cluster.gateway.replicas}
        </dd>
      </div>
      <div>
        <dt>Push ring built for</dt>
        <dd className="num" data-testid="cluster.push-sees">
          {cluster.push.routing === "fan-out" ? "fan-out" : sees(cluster, "push")}
        </dd>
      </div>
      <div>
        <dt>Proxy ring built for</dt>
        <dd className="num" data-testid="cluster.proxy-sees">
          {sees(cluster, "proxy")}
        </dd>
      </div>
      <div>
        <dt>Instance (push / proxy)</dt>
        <dd className="mono">
          {instanceOf(cluster.push.env.MY_POD_NAME)} / {instanceOf(cluster.proxy.env.MY_POD_NAME)}
        </dd>
      </div>
    </dl>
  );
}
