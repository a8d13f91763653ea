import type { Route } from "@ringside/api-schema";
import { LIMITS } from "@ringside/api-schema";
import { HashedKeys } from "@ringside/hashring";
import { memo, useDeferredValue, useId, useMemo } from "react";
import { useAnalysis } from "../api/queries.js";
import { countsRequest } from "../api/requests.js";
import { useOverviewReady } from "../api/useOverviewReady.js";
import { type Scenario, scenarioOf } from "../state/useScenario.js";
import { useView } from "../state/ViewContext.js";
import { formatCount, formatShare } from "../summary/format.js";
import { connectionMoves, LOCAL_USER_LIMIT, syntheticKeys } from "./connectionMoves.js";

interface ScaleChangeProps {
  scenario: Scenario;
  misroutedNow: number | undefined;
  sample: readonly Route[] | undefined;
}

/**
 * "Scale from N to M": misrouted users at both ends (from two analyses of every user) and how
 * many users' connection pod moves, counted here over the users whose IDs the browser knows.
 */
export const ScaleChange = memo(function ScaleChange({
  scenario,
  misroutedNow,
  sample,
}: ScaleChangeProps) {
  const { view, update } = useView();
  const id = useId();
  const from = scenario.replicas;
  const to = view.scaleTo ?? Math.min(from + 1, LIMITS.maxReplicas);
  const after = useMemo(() => scenarioOf({ ...view, replicas: to }), [view, to]);
  const ready = useOverviewReady(scenario.cluster, scenario.users);
  const atTo = useAnalysis(countsRequest(after.cluster, after.users), ready);

  // counted after the rings repaint: nothing here may hold up the slider
  const before = useDeferredValue(scenario.cluster);
  const later = useDeferredValue(after.cluster);

  // Synthetic users are regenerated in full, so the drawn sample does not matter to them: a
  // new analysis must not count every user again.
  const synthetic = view.setId === undefined && view.synthetic.count <= LOCAL_USER_LIMIT;
  const { count, seed } = view.synthetic;
  const everyone = useMemo(() => {
    if (!synthetic) return undefined;
    const keys = syntheticKeys(count, seed);
    return { moved: connectionMoves(before, later, keys), of: keys.size, all: true };
  }, [synthetic, count, seed, before, later]);

  // for an uploaded set only the drawn sample is known
  const drawn = useMemo(() => {
    if (synthetic || !sample || sample.length === 0) return undefined;
    const keys = HashedKeys.from(sample.map((route) => route.userId));
    return { moved: connectionMoves(before, later, keys), of: keys.size, all: false };
  }, [synthetic, before, later, sample]);
  const moves = everyone ?? drawn;

  const misroutedTo = atTo.data?.summary.misrouted;
  return (
    <section className="scale-change" aria-labelledby={`${id}-title`} data-testid="scale-change">
      <h3 id={`${id}-title`} className="subhead">
        Scale from {from} to{" "}
        <label className="inline-field">
          <span className="visually-hidden">Target replicas</span>
          <input
            type="number"
            min={LIMITS.minReplicas}
            max={LIMITS.maxReplicas}
            value={to}
            onChange={(event) => {
              const next = Number(event.target.value);
              if (
                Number.isInteger(next) &&
                next >= LIMITS.minReplicas &&
                next <= LIMITS.maxReplicas
              ) {
                update({ scaleTo: next });
              }
            }}
            data-testid="scale-change.to"
          />
        </label>
      </h3>
      <dl className="facts">
        <div>
          <dt>Connection pod moves</dt>
          <dd className="num" data-testid="scale-change.moved">
            {moves
              ? `${formatCount(moves.moved)} of ${formatCount(moves.of)} ` +
                `${moves.all ? "users" : "drawn users"} (${formatShare(moves.moved, moves.of)})`
              : "—"}
          </dd>
        </div>
        <div>
          <dt>Misrouted at {from}</dt>
          <dd className="num" data-testid="scale-change.misrouted-from">
            {misroutedNow === undefined ? "—" : formatCount(misroutedNow)}
          </dd>
        </div>
        <div>
          <dt>Misrouted at {to}</dt>
          <dd className="num" data-testid="scale-change.misrouted-to">
            {misroutedTo === undefined ? "—" : formatCount(misroutedTo)}
          </dd>
        </div>
      </dl>
      <p className="hint">
        Users whose connection moves must reconnect; until they do, they stay on their old pod.
      </p>
    </section>
  );
});
