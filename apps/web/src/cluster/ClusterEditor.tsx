import { ClusterSchema, issuesOf } from "@ringside/api-schema";
import type { Cluster } from "@ringside/openim";
import { useEffect, useState } from "react";
import { useView } from "../state/ViewContext.js";

type Env = Cluster["push"]["env"];
const ENV_KEYS: readonly (keyof Env)[] = [
  "MY_POD_NAME",
  "MY_POD_NAMESPACE",
  "MY_MSGGATEWAY_REPLICACOUNT",
];

/** The StatefulSet and both sides' env as a form; applied only when the contract accepts it. */
export function ClusterEditor({ cluster }: { cluster: Cluster }) {
  const { update } = useView();
  const [draft, setDraft] = useState(cluster);
  const [issues, setIssues] = useState<string[]>([]);

  useEffect(() => {
    setDraft(cluster);
    setIssues([]);
  }, [cluster]);

  const apply = () => {
    const parsed = ClusterSchema.safeParse(draft);
    if (!parsed.success) {
      setIssues(issuesOf(parsed.error, "cluster").map((i) => `${i.path}: ${i.message}`));
      return;
    }
    setIssues([]);
    update({ cluster: parsed.data, replicas: undefined, user: undefined, cell: undefined });
  };

  const env = (side: "push" | "proxy", key: keyof Env, value: string) =>
    setDraft({ ...draft, [side]: { ...draft[side], env: { ...draft[side].env, [key]: value } } });

  return (
    <form
      className="editor"
      onSubmit={(event) => {
        event.preventDefault();
        apply();
      }}
      data-testid="cluster.editor"
    >
      <fieldset>
        <legend>Gateway StatefulSet</legend>
        <label className="field">
          <span>Name</span>
          <input
            value={draft.gateway.statefulSet}
            onChange={(e) =>
              setDraft({ ...draft, gateway: { ...draft.gateway, statefulSet: e.target.value } })
            }
          />
        </label>
        <label className="field">
          <span>Namespace</span>
          <input
            value={draft.gateway.namespace}
            onChange={(e) =>
              setDraft({ ...draft, gateway: { ...draft.gateway, namespace: e.target.value } })
            }
          />
        </label>
        <label className="field">
          <span>Replicas (pods that exist)</span>
          <input
            type="number"
            min={1}
            value={draft.gateway.replicas}
            onChange={(e) =>
              setDraft({
                ...draft,
                gateway: { ...draft.gateway, replicas: Number(e.target.value) },
              })
            }
            data-testid="cluster.gateway-replicas"
          />
        </label>
      </fieldset>
      <fieldset>
        <legend>openim-push</legend>
        {ENV_KEYS.map((key) => (
          <label key={key} className="field">
            <span className="mono">{key}</span>
            <input
              value={draft.push.env[key]}
              onChange={(e) => env("push", key, e.target.value)}
              data-testid={`cluster.push.${key}`}
            />
          </label>
        ))}
        <label className="field">
          <span className="mono">openImMessageGatewayName</span>
          <input
            value={draft.push.openImMessageGatewayName}
            onChange={(e) =>
              setDraft({
                ...draft,
                push: { ...draft.push, openImMessageGatewayName: e.target.value },
              })
            }
          />
        </label>
        <label className="field">
          <span>Routing</span>
          <select
            value={draft.push.routing}
            onChange={(e) =>
              setDraft({
                ...draft,
                push: { ...draft.push, routing: e.target.value as Cluster["push"]["routing"] },
              })
            }
          >
            <option value="hash">hash ring (3.5 to 3.8.3)</option>
            <option value="fan-out">fan-out to every pod (3.8.4)</option>
          </select>
        </label>
      </fieldset>
      <fieldset>
        <legend>openim-msggateway-proxy</legend>
        {ENV_KEYS.map((key) => (
          <label key={key} className="field">
            <span className="mono">{key}</span>
            <input
              value={draft.proxy.env[key]}
              onChange={(e) => env("proxy", key, e.target.value)}
              data-testid={`cluster.proxy.${key}`}
            />
          </label>
        ))}
        <label className="field">
          <span>Host format</span>
          <select
            value={draft.proxy.hostFormat}
            onChange={(e) =>
              setDraft({
                ...draft,
                proxy: {
                  ...draft.proxy,
                  hostFormat: e.target.value as Cluster["proxy"]["hostFormat"],
                },
              })
            }
            data-testid="cluster.proxy.hostFormat"
          >
            <option value="without-port">without port (3.5.1)</option>
            <option value="with-port">with port (patched)</option>
          </select>
        </label>
      </fieldset>
      {issues.length > 0 && (
        <ul className="error" role="alert">
          {issues.map((issue) => (
            <li key={issue}>{issue}</li>
          ))}
        </ul>
      )}
      <button type="submit" className="button primary" data-testid="cluster.apply">
        Apply cluster
      </button>
    </form>
  );
}
