import { formatCount } from "./format.js";
import { lateShare } from "./lateShare.js";
import { OUTCOME_MEANINGS, OUTCOME_NAMES, OUTCOME_ORDER, type Summary } from "./outcomeText.js";

/**
 * The problem in one sentence, with every outcome's count; fixed widths so nothing jumps. The
 * late count is out of the users who can connect; when some cannot, the sentence counts them
 * apart, out of every user (`summary.users-count`).
 */
export function Headline({ summary, loading }: { summary: Summary | undefined; loading: boolean }) {
  const late = summary && lateShare(summary);
  const apart = summary !== undefined && summary.cannotConnect > 0;
  return (
    <section className="headline card" aria-labelledby="headline-title" aria-busy={loading}>
      <h2 id="headline-title" className="headline-text">
        <span className="num" data-testid="summary.misrouted-count">
          {late ? formatCount(late.late) : "—"}
        </span>{" "}
        of{" "}
        <span
          className="num"
          data-testid={apart ? "summary.connected-count" : "summary.users-count"}
        >
          {late ? formatCount(late.of) : "—"}
        </span>{" "}
        {late?.whom ?? "online users"} would get this message late{" "}
        <span className={summary?.misrouted === 0 ? "headline-share none" : "headline-share"}>
          (
          <span className="num" data-testid="summary.misrouted-percent">
            {late?.share ?? "—"}
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
  if (summary.cannotConnect === 0 && summary.dropped === 0) return null;
  const dropped = `${formatCount(summary.dropped)} get no push at all`;
  return (
    <span className="headline-worse" data-testid="summary.worse">
      ;{" "}
      {summary.cannotConnect > 0 && (
        <>
          {formatCount(summary.cannotConnect)} of{" "}
          <span className="num" data-testid="summary.users-count">
            {formatCount(summary.users)}
          </span>{" "}
          users cannot connect at all
          {summary.dropped > 0 && " and "}
        </>
      )}
      {summary.dropped > 0 && dropped}
    </span>
  );
}
