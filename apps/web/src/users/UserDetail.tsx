import type { Analysis, UserDetail as Detail } from "@ringside/api-schema";
import { memo } from "react";
import { describeError } from "../api/ApiError.js";
import { useUserDetail } from "../api/queries.js";
import { hostName, longLabel } from "../rings/targetLabel.js";
import type { Scenario } from "../state/useScenario.js";
import { useView } from "../state/ViewContext.js";
import { OUTCOME_NAMES } from "../summary/outcomeText.js";

const CIRCLE = 2 ** 32;

const hex = (hash: number) => `0x${hash.toString(16).padStart(8, "0")}`;
const degrees = (hash: number) => `${((hash / CIRCLE) * 360).toFixed(2)}°`;

/** One user's route: its hash, the virtual node that caught it on each ring, and the outcome. */
export const UserDetail = memo(function UserDetail({
  scenario,
  analysis,
}: {
  scenario: Scenario;
  analysis: Analysis | undefined;
}) {
  const { view, update } = useView();
  const detail = useUserDetail(scenario.cluster, view.user);
  if (view.user === undefined) {
    return (
      <section className="detail card" aria-label="User route">
        <h2>Route of one user</h2>
        <p className="hint">Pick a user in the table, or search an ID and choose Route this ID.</p>
      </section>
    );
  }

  return (
    <section className="detail card" aria-label="User route" data-testid="user-detail">
      <div className="detail-head">
        <h2>
          Route of <span className="mono">{view.user}</span>
        </h2>
        <button type="button" className="link" onClick={() => update({ user: undefined })}>
          Close
        </button>
      </div>
      {detail.error && (
        <p className="error" role="alert">
          {describeError(detail.error)}
        </p>
      )}
      {detail.data && analysis ? (
        <RouteFacts detail={detail.data} analysis={analysis} />
      ) : (
        !detail.error && <p className="hint">Routing…</p>
      )}
    </section>
  );
});

function RouteFacts({ detail, analysis }: { detail: Detail; analysis: Analysis }) {
  const targets = analysis.targets;
  const node = (side: Analysis["push"], point: Detail["pushPoint"]) => {
    if (!point) return "none: the ring is empty";
    const host = side.hosts[point.member] ?? `member ${point.member}`;
    const where = `${hex(point.hash)} (${degrees(point.hash)})`;
    return `virtual node ${point.replica} of ${host}, at ${where}`;
  };
  return (
    <>
      <dl className="facts detail-facts">
        <div>
          <dt>CRC-32</dt>
          <dd className="mono" data-testid="user-detail.crc">
            {hex(detail.hash)} ({detail.hash})
          </dd>
        </div>
        <div>
          <dt>Angle</dt>
          <dd className="mono" data-testid="user-detail.angle">
            {degrees(detail.hash)} clockwise from the top
          </dd>
        </div>
        <div>
          <dt>Proxy ring (connection)</dt>
          <dd data-testid="user-detail.proxy">
            <span className="mono">{node(analysis.proxy, detail.proxyPoint)}</span> →{" "}
            {longLabel(targets, detail.connect)}
          </dd>
        </div>
        <div>
          <dt>Push ring (delivery)</dt>
          <dd data-testid="user-detail.push">
            {analysis.fanOut ? (
              "push fans out to every pod"
            ) : (
              <>
                <span className="mono">{node(analysis.push, detail.pushPoint)}</span> →{" "}
                {longLabel(targets, detail.deliver)}
              </>
            )}
          </dd>
        </div>
      </dl>
      <p
        className={`outcome-words outcome-words-${detail.outcome}`}
        data-testid="user-detail.outcome"
      >
        <strong className={`badge-${detail.outcome}`}>
          {capitalize(OUTCOME_NAMES[detail.outcome])}.
        </strong>{" "}
        {explain(detail, analysis)}
      </p>
    </>
  );
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The outcome as a sentence about this user's messages. */
function explain(detail: Detail, analysis: Analysis): string {
  const connect = longLabel(analysis.targets, detail.connect);
  const deliver = longLabel(analysis.targets, detail.deliver);
  switch (detail.outcome) {
    case "delivered":
      return `The proxy connects this user to ${connect} and push sends to the same pod.`;
    case "misrouted":
      return (
        `The proxy connects this user to ${connect}, but push sends to ${deliver}, which has no ` +
        "connection for the user: the message falls back to offline push and appears on the next sync."
      );
    case "cannotConnect":
      return (
        `The proxy sends this user's websocket to ${hostName(analysis.targets, detail.connect)}, ` +
        "which is not a running pod: the client cannot connect at all."
      );
    case "dropped":
      return (
        `The user is connected to ${connect}, but push calls ` +
        `${hostName(analysis.targets, detail.deliver)}, which is not a running pod; the RPC fails and is ` +
        "ignored, so no push is sent at all."
      );
  }
}
