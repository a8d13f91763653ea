import "./share.css";
import type { Analysis } from "@ringside/api-schema";
import { useId, useState } from "react";
import { describeError } from "../api/ApiError.js";
import { useUserSet } from "../api/queries.js";
import { affectedUsersCsvUrl } from "../api/requests.js";
import { useSaveScenario } from "../api/scenarios.js";
import { embedCode } from "../embed/embedCode.js";
import { exportPng, exportSvg } from "../export/exportRings.js";
import type { Scenario } from "../state/useScenario.js";
import { useView } from "../state/ViewContext.js";
import { serializeView } from "../state/viewState.js";
import { formatCount } from "../summary/format.js";
import { copyText } from "./copyText.js";
import { scenarioInputOf } from "./savedScenario.js";

interface ShareBarProps {
  scenario: Scenario;
  analysis: Analysis | undefined;
}

type Shown = { kind: "link"; text: string } | { kind: "embed"; text: string } | undefined;

/** Save and share, embed code, and the exports of the current view. */
export function ShareBar({ scenario, analysis }: ShareBarProps) {
  const { view } = useView();
  const save = useSaveScenario();
  const [shown, setShown] = useState<Shown>(undefined);
  const [note, setNote] = useState("");
  const [exportError, setExportError] = useState("");
  const id = useId();
  const search = serializeView(view);
  const origin = window.location.origin;

  const saveAndShare = () => {
    setNote("");
    save.mutate(scenarioInputOf(scenario, search), {
      onSuccess: (saved) => setShown({ kind: "link", text: `${origin}/s/${saved.id}` }),
    });
  };
  const copy = async (text: string) => {
    setNote((await copyText(text)) ? "Copied." : "Select the text and copy it by hand.");
  };
  const userSet = useUserSet("setId" in scenario.users ? scenario.users.setId : undefined);
  const usersLabel =
    "synthetic" in scenario.users
      ? `${formatCount(scenario.users.synthetic.count)} synthetic users, ` +
        `seed ${scenario.users.synthetic.seed}`
      : userSet.data
        ? `uploaded set “${userSet.data.name}”, ${formatCount(userSet.data.count)} users`
        : "uploaded user set";
  const run = (make: typeof exportSvg) => () => {
    if (!analysis) return;
    setExportError("");
    make({ analysis, cluster: scenario.cluster, usersLabel }).catch((error: unknown) =>
      setExportError(describeError(error)),
    );
  };
  const csvHref = affectedUsersCsvUrl(scenario.cluster, scenario.users);
  const affected = analysis ? analysis.summary.users - analysis.summary.delivered : undefined;

  return (
    <section className="card share-bar" aria-labelledby={`${id}-title`} data-testid="share.bar">
      <h2 id={`${id}-title`} className="visually-hidden">
        Share and export
      </h2>
      <div className="share-actions">
        <button
          type="button"
          className="button primary"
          onClick={saveAndShare}
          disabled={save.isPending}
          data-testid="share.save"
        >
          {save.isPending ? "Saving…" : "Save and share"}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            setNote("");
            setShown({ kind: "embed", text: embedCode(origin, search) });
          }}
          data-testid="share.embed"
        >
          Copy embed code
        </button>
        <button
          type="button"
          className="button"
          onClick={run(exportSvg)}
          disabled={!analysis}
          data-testid="export.svg"
        >
          Export SVG
        </button>
        <button
          type="button"
          className="button"
          onClick={run(exportPng)}
          disabled={!analysis}
          data-testid="export.png"
        >
          Export PNG
        </button>
        <a className="button" href={csvHref} download data-testid="export.csv">
          Affected users (CSV{affected === undefined ? "" : `, ${formatCount(affected)} rows`})
        </a>
        <a className="button" href="/story/1" data-testid="share.story">
          Story mode
        </a>
      </div>
      {save.error && (
        <p className="error" role="alert">
          {describeError(save.error)}
        </p>
      )}
      {exportError && (
        <p className="error" role="alert">
          {exportError}
        </p>
      )}
      {shown && (
        <div className="share-output">
          <label htmlFor={`${id}-out`}>
            {shown.kind === "link" ? "Short link to this view" : "Embed code for this view"}
          </label>
          <div className="share-row">
            {shown.kind === "link" ? (
              <input
                id={`${id}-out`}
                readOnly
                value={shown.text}
                onFocus={(event) => event.target.select()}
                data-testid="share.link"
              />
            ) : (
              <textarea
                id={`${id}-out`}
                readOnly
                rows={3}
                value={shown.text}
                onFocus={(event) => event.target.select()}
                data-testid="share.embed-code"
              />
            )}
            <button
              type="button"
              className="button"
              onClick={() => copy(shown.text)}
              data-testid="share.copy"
            >
              Copy
            </button>
          </div>
          <p className="hint" role="status" data-testid="share.note">
            {note}
          </p>
        </div>
      )}
    </section>
  );
}
