import type { Analysis } from "@ringside/api-schema";
import { memo, useEffect, useId, useLayoutEffect, useRef, useState } from "react";
import { describeError } from "../api/ApiError.js";
import type { TableFilter } from "../api/requests.js";
import { useOverviewReady } from "../api/useOverviewReady.js";
import { longLabel } from "../rings/targetLabel.js";
import type { Scenario } from "../state/useScenario.js";
import { useView } from "../state/ViewContext.js";
import type { OutcomeFilter } from "../state/viewState.js";
import { formatCount } from "../summary/format.js";
import { OUTCOME_NAMES } from "../summary/outcomeText.js";
import { rowWindow } from "./rowWindow.js";
import { useUserPages } from "./useUserPages.js";

const ROW_HEIGHT = 34;
/** Rows drawn past each edge of the scroller, so a quick scroll shows no gap. */
const OVERSCAN = 12;
/** The scroller's height before it has been measured; the stylesheet's. */
const INITIAL_VIEWPORT = 360;
/** Typing pauses this long before the search asks the server. */
const SEARCH_DELAY_MS = 250;

const FILTER_NAMES: Record<OutcomeFilter, string> = {
  affected: "every user not delivered",
  delivered: OUTCOME_NAMES.delivered,
  misrouted: OUTCOME_NAMES.misrouted,
  cannotConnect: OUTCOME_NAMES.cannotConnect,
  dropped: OUTCOME_NAMES.dropped,
};

/** Affected users, virtualized so a million rows scroll; searchable, filtered by matrix cell. */
export const UsersTable = memo(function UsersTable({
  scenario,
  analysis,
}: {
  scenario: Scenario;
  analysis: Analysis | undefined;
}) {
  const { view, update } = useView();
  const id = useId();
  const [search, setSearch] = useState(view.query);
  const scroller = useRef<HTMLDivElement>(null);

  // the URL wins only when it changed on its own (Back, a link), not by echoing our typing
  const sent = useRef(view.query);
  useEffect(() => {
    if (view.query !== sent.current) {
      sent.current = view.query;
      setSearch(view.query);
    }
  }, [view.query]);
  useEffect(() => {
    if (search === sent.current) return;
    const timer = window.setTimeout(() => {
      sent.current = search;
      update({ query: search });
    }, SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [search, update]);

  const filter: TableFilter = {
    query: view.query || undefined,
    outcome: view.outcome === "affected" ? undefined : view.outcome,
    connect: view.cell?.connect,
    deliver: view.cell?.deliver,
  };

  const [scroll, setScroll] = useState({ top: 0, viewport: INITIAL_VIEWPORT });
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const observer = new ResizeObserver(() =>
      setScroll({ top: element.scrollTop, viewport: element.clientHeight }),
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const [range, setRange] = useState({ first: 0, last: 0 });
  const ready = useOverviewReady(scenario.cluster, scenario.users);
  const pages = useUserPages(
    scenario.cluster,
    scenario.users,
    filter,
    range.first,
    range.last,
    ready,
  );
  const count = pages.total ?? 0;
  const rows = rowWindow({
    count,
    rowHeight: ROW_HEIGHT,
    scrollTop: scroll.top,
    viewport: scroll.viewport,
    overscan: OVERSCAN,
  });
  const first = rows.first;
  const last = Math.max(rows.first, rows.last);
  useEffect(() => {
    if (first !== range.first || last !== range.last) setRange({ first, last });
  }, [first, last, range.first, range.last]);

  const targets = analysis?.targets ?? [];
  const trimmed = search.trim();

  return (
    <section className="users card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Users</h2>
      <div className="users-filters">
        <label className="field grow">
          <span>Search by user ID</span>
          <input
            type="search"
            value={search}
            placeholder="e.g. 4950983283"
            onChange={(event) => setSearch(event.target.value)}
            data-testid="user-search.input"
          />
        </label>
        <label className="field">
          <span>Show</span>
          <select
            value={view.outcome}
            onChange={(event) => update({ outcome: event.target.value as OutcomeFilter })}
            data-testid="user-search.outcome"
          >
            {Object.entries(FILTER_NAMES).map(([value, name]) => (
              <option key={value} value={value}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button"
          disabled={trimmed === ""}
          onClick={() => update({ user: trimmed })}
          data-testid="user-search.route"
        >
          Route this ID
        </button>
      </div>
      {view.cell && (
        <p className="chip-row">
          <span className="chip" data-testid="users.cell-filter">
            connected to {longLabel(targets, view.cell.connect)}, delivered to{" "}
            {longLabel(targets, view.cell.deliver)}
          </span>
          <button type="button" className="link" onClick={() => update({ cell: undefined })}>
            Clear cell filter
          </button>
        </p>
      )}
      <p className="hint" aria-live="polite" data-testid="users.count">
        {pages.total === undefined
          ? "Loading users…"
          : `${formatCount(pages.total)} ${pages.total === 1 ? "user" : "users"} match`}
      </p>
      {pages.error !== undefined && (
        <p className="error" role="alert">
          {describeError(pages.error)}
        </p>
      )}
      <div className="table-head" aria-hidden="true">
        <span>User ID</span>
        <span>Outcome</span>
        <span>Connection</span>
        <span>Delivery</span>
      </div>
      <div
        ref={scroller}
        className="table-scroll"
        onScroll={(event) => {
          const { scrollTop, clientHeight } = event.currentTarget;
          setScroll({ top: scrollTop, viewport: clientHeight });
        }}
        data-testid="users.table"
      >
        {pages.total === 0 && (
          <p className="table-empty">
            {view.outcome === "affected" && !view.query && !view.cell
              ? "Nobody is affected: every user is delivered in real time."
              : "No user matches. Route this ID still explains any ID you type."}
          </p>
        )}
        <ul className="table-body" style={{ height: rows.height }} aria-label="Users">
          {indexes(rows.first, rows.last).map((index) => {
            const row = pages.rowAt(index);
            const top = rows.top + (index - rows.first) * ROW_HEIGHT;
            return (
              <li
                key={index}
                className="table-row"
                style={{ transform: `translateY(${top}px)`, height: ROW_HEIGHT }}
                aria-setsize={count}
                aria-posinset={index + 1}
              >
                {row ? (
                  <button
                    type="button"
                    className={`row-button${view.user === row.userId ? " selected" : ""}`}
                    onClick={() => update({ user: row.userId })}
                    data-testid="users.row"
                  >
                    <span className="mono">{row.userId}</span>
                    <span className={`badge badge-${row.outcome}`}>
                      {OUTCOME_NAMES[row.outcome]}
                    </span>
                    <span>{longLabel(targets, row.connect)}</span>
                    <span>{longLabel(targets, row.deliver)}</span>
                  </button>
                ) : (
                  <span className="row-placeholder">…</span>
                )}
              </li>
            );
          })}
        </ul>
      </div>
    </section>
  );
});

/** `first` to `last`, both included; none when `last < first`. */
function indexes(first: number, last: number): number[] {
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
}
