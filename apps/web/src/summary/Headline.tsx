import { formatCount, formatShare } from "./format.js";
import {
  OUTCOME_MEANINGS,
  OUTCOME_NAMES,
  OUTCOME_ORDER,
  type Summary,
  usersWord,
} from "./outcomeText.js";

/** The problem in one sentence, with every outcome's count; fixed widths so nothing jumps. */
export function Headline({ summary, loading }: { summary: Summary | undefined; loading: boolean }) {
  const users = summary ? formatCount(summary.users) : "—";
  return (
    <section className="headline card" aria-labelledby="headline-title" aria-busy={loading}>
      <h2 id="headline-title" className="headline-text">
        <span className="num" data-testid="summary.misrouted-count">
          {summary ? formatCount(summary.misrouted) : "—"}
        </span>{" "}
        of{" "}
        <span className="num" data-testid="summary.users-count">
          {users}
        </span>{" "}
        {summary ? usersWord(summary) : "online users"} would get this message late{" "}
        <span className={summary?.misrouted === 0 ? "headline-share none" : "headline-share"}>
          (
          <span className="num" data-testid="summary.misrouted-percent">
            {summary ? formatShare(summary.misrouted, summary.users) : "—"}
          </span>
          )
        </span>
        {summary && worse(summary)}
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

/** Users who get nothing at all outweigh late ones: say so in the same sentence. */
function worse(summary: Summary) {
  const parts: string[] = [];
  if (summary.cannotConnect > 0) parts.push(`${formatCount(summary.cannotConnect)} cannot connect`);
  if (summary.dropped > 0) parts.push(`${formatCount(summary.dropped)} get no push at all`);
  if (parts.length === 0) return null;
  return (
    <span className="headline-worse" data-testid="summary.worse">
      ; {parts.join(" and ")}
    </span>
  );
}
