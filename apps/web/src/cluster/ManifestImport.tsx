import { LIMITS } from "@ringside/api-schema";
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
