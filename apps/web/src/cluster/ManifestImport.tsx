import { LIMITS } from "@ringside/api-schema";
import type { HostFormat } from "@ringside/openim";
import { useId, useState } from "react";
import { describeError } from "../api/ApiError.js";
import { useImportCluster } from "../api/queries.js";
import { useView } from "../state/ViewContext.js";

/** Pasted or uploaded manifests, read by the server; its findings and assumptions shown. */
export function ManifestImport() {
  const { update } = useView();
  const id = useId();
  const [text, setText] = useState("");
  const [namespace, setNamespace] = useState("");
  const [release, setRelease] = useState("");
  // no manifest tells a patched proxy from the shipped one: the reader says which it runs
  const [proxyHostFormat, setProxyHostFormat] = useState<HostFormat>("without-port");
  const [readError, setReadError] = useState<string | undefined>();
  const importer = useImportCluster();

  const run = (body: string) => {
    if (body.length > LIMITS.maxManifestBytes) {
      setReadError(`Manifests may be at most ${LIMITS.maxManifestBytes / 1024 / 1024} MB.`);
      return;
    }
    setReadError(undefined);
    importer.mutate(
      {
        text: body,
        namespace: namespace.trim() || undefined,
        release: release.trim() || undefined,
        // the shipped format is what the server assumes, and its warning says so
        proxyHostFormat: proxyHostFormat === "with-port" ? proxyHostFormat : undefined,
      },
      {
        onSuccess: (result) =>
          update({
            cluster: result.cluster,
            replicas: undefined,
            scaleTo: undefined,
            user: undefined,
            cell: undefined,
            pod: undefined,
          }),
      },
    );
  };

  return (
    <section className="import" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="subhead">
        Import manifests
      </h3>
      <p className="hint">
        <span className="mono">helm template</span> output,{" "}
        <span className="mono">kubectl get -o yaml|json</span>, or a helm values file.
      </p>
      <label className="field">
        <span>Paste</span>
        <textarea
          rows={5}
          value={text}
          onChange={(event) => setText(event.target.value)}
          spellCheck={false}
          data-testid="import.text"
        />
      </label>
      <div className="field-row">
        <label className="field">
          <span>Namespace if missing</span>
          <input
            value={namespace}
            onChange={(e) => setNamespace(e.target.value)}
            data-testid="import.namespace"
          />
        </label>
        <label className="field">
          <span>Release if missing</span>
          <input
            value={release}
            onChange={(e) => setRelease(e.target.value)}
            data-testid="import.release"
          />
        </label>
      </div>
      <label className="field">
        <span>The proxy writes gateway hosts</span>
        <select
          value={proxyHostFormat}
          onChange={(e) => setProxyHostFormat(e.target.value as HostFormat)}
          data-testid="import.proxy-host-format"
        >
          <option value="without-port">without the port, as OpenIM 3.5.1 ships</option>
          <option value="with-port">with the port, patched</option>
        </select>
      </label>
      <div className="field-row">
        <button
          type="button"
          className="button primary"
          disabled={text.trim() === "" || importer.isPending}
          onClick={() => run(text)}
          data-testid="import.submit"
        >
          {importer.isPending ? "Importing…" : "Import pasted text"}
        </button>
        <label className="button file-button">
          Upload a file…
          <input
            type="file"
            className="visually-hidden"
            accept=".yaml,.yml,.json,.txt"
            onChange={async (event) => {
              const file = event.target.files?.[0];
              event.target.value = "";
              if (!file) return;
              const body = await file.text();
              setText(body);
              run(body);
            }}
            data-testid="import.file"
          />
        </label>
      </div>
      {(readError ?? importer.error) && (
        <p className="error" role="alert" data-testid="import.error">
          {readError ?? describeError(importer.error)}
        </p>
      )}
      {importer.data && (
        <div className="import-result" data-testid="import.result" aria-live="polite">
          <p>
            Read {importer.data.found.length} objects:{" "}
            <span className="mono">
              {importer.data.found.map((f) => `${f.kind}/${f.name}`).join(", ")}
            </span>
          </p>
          {importer.data.warnings.length > 0 && (
            <ul className="warnings" data-testid="import.warnings">
              {importer.data.warnings.map((warning) => (
                <li key={warning}>{warning}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
