import { formatCount, formatShare } from "./format.js";
import { OUTCOME_MEANINGS, OUTCOME_NAMES, OUTCOME_ORDER, type Summary } from "./outcomeText.js";

/** The problem in one sentence, with every outcome's count; fixed widths so nothing jumps. */
export function Headline({ summary, loading }: { summary: Summary | undefined; loading: boolean }) {
  const users = summary ? formatCount(summary.users) : "—";
  return (
    <section className="headline card" aria-labelledby="headline-title" aria-busy={loading}>
      <h2 id="headline-title" className="headline-text">
        <span className="num wide" data-testid="summary.misrouted-count">
          {summary ? formatCount(summary.misrouted) : "—"}
        </span>{" "}
        of{" "}
        <span className="num wide" data-testid="summary.users-count">
          {users}
        </span>{" "}
        online users would get this message late{" "}
        <span className="headline-share">
          (
          <span className="num" data-testid="summary.misrouted-percent">
            {summary ? formatShare(summary.misrouted, summary.users) : "—"}
          </span>
          )
        </span>
      </h2>
      <ul className="outcomes">
        {OUTCOME_ORDER.map((outcome) => (
          <li key={outcome} className={`outcome outcome-${outcome}`}>
            <span className="outcome-count num" data-testid={`summary.outcome-${outcome}`}>
              {summary ? formatCount(summary[outcome]) : "—"}
            </span>
            <span className="outcome-name">{OUTCOME_NAMES[outcome]}</span>
            <span className="outcome-meaning">{OUTCOME_MEANINGS[outcome]}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
