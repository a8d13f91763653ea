import { useCallback, useDeferredValue, useMemo } from "react";
import { describeError } from "../api/ApiError.js";
import { useAnalysis, useSweep, useUserDetail } from "../api/queries.js";
import { overviewRequest, sweepRequest } from "../api/requests.js";
import { ClusterPanel } from "../cluster/ClusterPanel.js";
import { PodMatrix } from "../matrix/PodMatrix.js";
import { ReplicasControl } from "../replicas/ReplicasControl.js";
import { ScaleChange } from "../replicas/ScaleChange.js";
import { useNeighbourPrefetch } from "../replicas/useNeighbourPrefetch.js";
import { PodLegend } from "../rings/PodLegend.js";
import { RingsChart } from "../rings/RingsChart.js";
import { RingsKey } from "../rings/RingsKey.js";
import { ringsOf } from "../rings/ringsOf.js";
import { ShareBar } from "../share/ShareBar.js";
import { useScenario } from "../state/useScenario.js";
import { useView } from "../state/ViewContext.js";
import { Headline } from "../summary/Headline.js";
import { summaryNow } from "../summary/summaryNow.js";
import { SweepChart } from "../sweep/SweepChart.js";
import { TimelineSection } from "../timeline/TimelineSection.js";
import { UserDetail } from "../users/UserDetail.js";
import { UsersTable } from "../users/UsersTable.js";
import { ThemeSwitch } from "./ThemeSwitch.js";
import { useReducedMotion } from "./useReducedMotion.js";

/** The page: header, the cluster panel beside the charts, the users below. */
export function Dashboard() {
  const { view, update } = useView();
  const scenario = useScenario();
  const overview = useAnalysis(overviewRequest(scenario.cluster, scenario.users));
  const patchedBase = {
    ...scenario.base,
    proxy: { ...scenario.base.proxy, hostFormat: "with-port" as const },
  };
  const sweep = useSweep(sweepRequest(scenario.base, scenario.users, view.scope));
  const patched = useSweep(sweepRequest(patchedBase, scenario.users, view.scope));
  const selected = useUserDetail(scenario.cluster, view.user);
  const reduced = useReducedMotion();
  useNeighbourPrefetch(view, scenario.replicas);

  const analysis = overview.data;
  // the headline and the rings follow the slider at once, from what the page already holds
  const summary = summaryNow(overview, sweep, scenario);
  const rings = useMemo(() => ringsOf(scenario.cluster), [scenario.cluster]);
  // the rest follows once they have repainted
  const later = useDeferredValue(scenario);
  const settled = useDeferredValue(analysis);
  const hover = useCallback(
    (pod: number | undefined) => update({ pod }, { replace: true }),
    [update],
  );
  const pick = useCallback(
    (replicas: number) => update({ replicas, user: undefined, cell: undefined }),
    [update],
  );
  const selectCell = useCallback(
    (cell: { connect: number; deliver: number } | undefined) => {
      const diagonal =
        cell !== undefined &&
        cell.connect === cell.deliver &&
        settled?.targets[cell.connect]?.exists === true;
      update({ cell, outcome: diagonal ? "delivered" : "affected" });
    },
    [settled, update],
  );

  return (
    <div className="page">
      <header className="top">
        <div>
          <h1>Ringside</h1>
          <p className="tagline">
            Where OpenIM's push and msggateway-proxy hash rings disagree, and who pays for it.
          </p>
        </div>
        <ThemeSwitch />
      </header>
      <div className="layout">
        <ClusterPanel scenario={scenario} />
        <main className="main">
          <Headline summary={summary} loading={overview.isFetching} />
          <ShareBar scenario={scenario} analysis={analysis} />
          {overview.error && (
            <p className="error card" role="alert" data-testid="analysis.error">
              {describeError(overview.error)}
            </p>
          )}
          <div className="grid">
            <section className="card rings-card" aria-labelledby="rings-title">
              <h2 id="rings-title">Both rings</h2>
              <div className="rings-box">
                {settled ? (
                  <RingsChart
                    analysis={settled}
                    rings={rings}
                    misrouted={summary?.misrouted}
                    lit={view.pod}
                    onHover={hover}
                    animate={!reduced}
                    selectedHash={selected.data?.hash}
                    stale={overview.isPlaceholderData}
                  />
                ) : (
                  <div className="placeholder" aria-hidden="true" />
                )}
              </div>
              {!settled && <div className="block-placeholder" aria-hidden="true" />}
              {settled && <RingsKey analysis={settled} />}
              {settled && <PodLegend analysis={settled} lit={view.pod} onHover={hover} />}
            </section>
            <div className="stack">
              <section className="card" aria-label="Replicas">
                <ReplicasControl replicas={scenario.replicas} />
                <ScaleChange
                  scenario={later}
                  misroutedNow={settled?.summary.misrouted}
                  sample={settled?.sample}
                />
              </section>
              <section className="card" aria-labelledby="sweep-title">
                <h2 id="sweep-title">Misrouted share by replica count</h2>
                <SweepChart
                  current={sweep.data}
                  patched={patched.data}
                  replicas={later.replicas}
                  onPick={pick}
                />
              </section>
              <section className="card" aria-labelledby="matrix-title">
                <h2 id="matrix-title">Connection pod × delivery pod</h2>
                {!settled && <div className="block-placeholder" aria-hidden="true" />}
                {settled && (
                  <PodMatrix analysis={settled} selected={view.cell} onSelect={selectCell} />
                )}
              </section>
            </div>
          </div>
          <div className="grid users-grid">
            <UsersTable scenario={later} analysis={settled} />
            <UserDetail scenario={later} analysis={settled} />
          </div>
          <TimelineSection scenario={scenario} />
        </main>
      </div>
    </div>
  );
}
