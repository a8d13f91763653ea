import { LIMITS } from "@ringside/api-schema";
import { useEffect, useId } from "react";
import { describeError } from "../api/ApiError.js";
import { useAnalysis } from "../api/queries.js";
import { overviewRequest } from "../api/requests.js";
import { useReducedMotion } from "../app/useReducedMotion.js";
import { SLIDER_MAX } from "../replicas/ReplicasControl.js";
import { RingsChart } from "../rings/RingsChart.js";
import { useScenario } from "../state/useScenario.js";
import { useView } from "../state/ViewContext.js";
import { serializeView } from "../state/viewState.js";
import { Headline } from "../summary/Headline.js";
import "./embed.css";

/**
 * The rings, a replica slider and the headline, for a frame in someone else's page. Its state
 * comes from the URL like the dashboard's, and it asks only its own server (relative URLs).
 */
export function EmbedView() {
  const { view, update } = useView();
  const scenario = useScenario();
  const overview = useAnalysis(overviewRequest(scenario.cluster, scenario.users));
  const reduced = useReducedMotion();
  const id = useId();

  useEffect(() => {
    const root = document.documentElement;
    if (view.theme) root.dataset.theme = view.theme;
    else delete root.dataset.theme;
  }, [view.theme]);

  const analysis = overview.data;
  const full = `/${serializeView(view)}`;

  return (
    <main className="embed" data-testid="embed.view">
      <Headline summary={analysis?.summary} loading={overview.isFetching} />
      {overview.error && (
        <p className="error" role="alert">
          {describeError(overview.error)}
        </p>
      )}
      <div className="embed-controls">
        <label htmlFor={`${id}-slider`}>
          Gateway replicas:{" "}
          <span className="num" data-testid="embed.replicas">
            {scenario.replicas}
          </span>
        </label>
        <input
          id={`${id}-slider`}
          type="range"
          min={LIMITS.minReplicas}
          max={SLIDER_MAX}
          step={1}
          value={Math.min(scenario.replicas, SLIDER_MAX)}
          // in someone else's page, a move must not add to that page's Back history
          onChange={(event) =>
            update(
              { replicas: Number(event.target.value), user: undefined, cell: undefined },
              { replace: true },
            )
          }
          data-testid="embed.slider"
        />
      </div>
      <div className="embed-rings">
        {analysis ? (
          <RingsChart
            analysis={analysis}
            lit={view.pod}
            onHover={(pod) => update({ pod }, { replace: true })}
            animate={!reduced}
            selectedHash={undefined}
          />
        ) : (
          <div className="placeholder" aria-hidden="true" />
        )}
      </div>
      <p className="embed-foot">
        <a href={full} target="_blank" rel="noopener">
          Open in Ringside
        </a>{" "}
        · outer ring: push (delivery), inner ring: proxy (connection)
      </p>
    </main>
  );
}
