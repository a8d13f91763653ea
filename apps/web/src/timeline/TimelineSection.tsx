import { LIMITS, TIMELINE_LIMITS } from "@ringside/api-schema";
import { useEffect, useId, useMemo, useState } from "react";
import { describeError } from "../api/ApiError.js";
import { useTimeline } from "../api/useTimeline.js";
import type { Scenario } from "../state/useScenario.js";
import { useView } from "../state/ViewContext.js";
import { formatCount } from "../summary/format.js";
import { TimelineChart } from "./TimelineChart.js";
import { timelineCaption } from "./timelineCaption.js";
import { decodeTimeline, encodeTimeline } from "./timelineParam.js";
import {
  defaultInputs,
  TIMELINE_DURATION,
  TIMELINE_STEPS,
  type TimelineInputs,
  timelineRequest,
} from "./timelineRequest.js";
import { formatMinute, usersIn } from "./timelineSeries.js";
import "./timeline.css";

type Drafts = Record<keyof TimelineInputs, string>;

function draftsOf(inputs: TimelineInputs): Drafts {
  const drafts = {} as Drafts;
  for (const [key, value] of Object.entries(inputs)) drafts[key as keyof Drafts] = String(value);
  return drafts;
}

/** The form's values when every field is valid; the fields in error otherwise. */
function readDrafts(drafts: Drafts): { inputs?: TimelineInputs; bad: Set<string> } {
  const bad = new Set<string>();
  const number = (key: keyof Drafts, min: number, max: number, whole = false) => {
    const text = drafts[key].trim();
    const value = Number(text);
    const ok = text !== "" && Number.isFinite(value) && value >= min && value <= max;
    if (!ok || (whole && !Number.isInteger(value))) bad.add(key);
    return value;
  };
  const inputs: TimelineInputs = {
    to: number("to", LIMITS.minReplicas, LIMITS.maxReplicas, true),
    change: drafts.change === "kubectl-scale" ? "kubectl-scale" : "helm-upgrade",
    gatewayAt: number("gatewayAt", 0, TIMELINE_DURATION),
    pushAt: number("pushAt", 0, TIMELINE_DURATION),
    proxyAt: number("proxyAt", 0, TIMELINE_DURATION),
    ratePerMinute: number("ratePerMinute", 0.01, TIMELINE_LIMITS.maxRatePerMinute),
  };
  if (inputs.change === "kubectl-scale") {
    bad.delete("pushAt");
    bad.delete("proxyAt");
  }
  return bad.size === 0 ? { inputs, bad } : { bad };
}

/**
 * A replica change over time: the dashboard's cluster scaled from its replicas to M by a helm
 * upgrade or a kubectl scale, for the 3.5.1 proxy and the patched one, with a scrubber.
 *
 * The form lives in the URL (`tl`) once edited, so links and saved views reopen it.
 */
export function TimelineSection({ scenario }: { scenario: Scenario }) {
  const { view, update } = useView();
  const from = scenario.cluster.gateway.replicas;
  const [drafts, setDrafts] = useState(() =>
    draftsOf(decodeTimeline(view.timeline) ?? defaultInputs(from)),
  );
  const [at, setAt] = useState(TIMELINE_STEPS - 1);
  const id = useId();

  // Until someone edits the form, the target follows the dashboard's replica count.
  useEffect(() => {
    if (!view.timeline) setDrafts((d) => ({ ...d, to: String(defaultInputs(from).to) }));
  }, [from, view.timeline]);

  // Back, Forward or a link may bring another form than the one on screen.
  useEffect(() => {
    const wanted = decodeTimeline(view.timeline);
    if (!wanted) return;
    setDrafts((d) => {
      const shown = readDrafts(d).inputs;
      return shown && encodeTimeline(shown) === view.timeline ? d : draftsOf(wanted);
    });
  }, [view.timeline]);

  const { inputs, bad } = readDrafts(drafts);
  // biome-ignore lint/correctness/useExhaustiveDependencies: equal inputs give the same body
  const body = useMemo(
    () => (inputs ? timelineRequest(scenario.cluster, scenario.users, inputs) : undefined),
    [scenario.cluster, scenario.users, JSON.stringify(inputs)],
  );
  const timeline = useTimeline(body);
  const data = timeline.data;
  const set = (key: keyof Drafts) => (value: string) => {
    const next = { ...drafts, [key]: value };
    setDrafts(next);
    const valid = readDrafts(next).inputs;
    if (valid) update({ timeline: encodeTimeline(valid) }, { replace: true });
  };
  const kubectl = drafts.change === "kubectl-scale";
  const field = (key: keyof Drafts, label: string, disabled = false) => (
    <label className="field">
      <span>{label}</span>
      <input
        type="number"
        inputMode="decimal"
        step="any"
        value={drafts[key]}
        disabled={disabled}
        aria-invalid={bad.has(key)}
        onChange={(event) => set(key)(event.target.value)}
        data-testid={`timeline.${key}`}
      />
    </label>
  );

  const point = data?.withPort.points[at];
  const old = data?.withoutPort.points[at];
  const minute = formatMinute(point?.t ?? 0);

  return (
    <section className="card timeline" aria-labelledby={`${id}-title`} data-testid="timeline">
      <h2 id={`${id}-title`}>Scale event over time</h2>
      <p className="hint">
        A change plays out in steps: the StatefulSet scales, push and the proxy restart with the new
        env, and clients reconnect over time. A user stays on the pod it connected to until it
        reconnects. A helm upgrade changes the StatefulSet and both envs; kubectl scale changes only
        the StatefulSet, so both rings keep the old count.
      </p>
      <div className="field-row timeline-form">
        <div className="field">
          <span>From</span>
          <output className="num timeline-from" data-testid="timeline.from">
            {from} pods
          </output>
        </div>
        {field("to", "To (pods)")}
        <label className="field">
          <span>Change</span>
          <select
            value={drafts.change}
            onChange={(event) => set("change")(event.target.value)}
            data-testid="timeline.change"
          >
            <option value="helm-upgrade">helm upgrade</option>
            <option value="kubectl-scale">kubectl scale</option>
          </select>
        </label>
        {field("gatewayAt", "StatefulSet at (min)")}
        {field("pushAt", "push restarts at (min)", kubectl)}
        {field("proxyAt", "proxy restarts at (min)", kubectl)}
        {field("ratePerMinute", "Reconnects per minute")}
      </div>
      {bad.size > 0 && (
        <p className="hint error" role="alert">
          Check the fields marked in red: pods 1 to {LIMITS.maxReplicas}, minutes 0 to{" "}
          {TIMELINE_DURATION}, a reconnect rate above 0.
        </p>
      )}
      {timeline.error && (
        <p className="error" role="alert">
          {describeError(timeline.error)}
        </p>
      )}
      {data && (
        <>
          <ul className="key timeline-key" aria-label="Lines">
            <li className="key-item timeline-key-old">3.5.1 proxy (hosts without port)</li>
            <li className="key-item timeline-key-patched">patched proxy (hosts with :port)</li>
            <li className="key-item timeline-key-event">an event of the change</li>
          </ul>
          <div className="timeline-charts" aria-busy={timeline.isFetching}>
            <TimelineChart timeline={data} measure="misrouted" at={at} />
            <TimelineChart timeline={data} measure="unreachable" at={at} />
          </div>
          <div className="timeline-scrubber">
            <label htmlFor={`${id}-scrub`}>
              Minute{" "}
              <span className="num" data-testid="timeline.minute">
                {minute}
              </span>
            </label>
            <input
              id={`${id}-scrub`}
              type="range"
              min={0}
              max={data.withPort.points.length - 1}
              step={1}
              value={Math.min(at, data.withPort.points.length - 1)}
              aria-valuetext={`minute ${minute}`}
              onChange={(event) => setAt(Number(event.target.value))}
              data-testid="timeline.scrubber"
            />
          </div>
          <table className="timeline-readout" data-testid="timeline.readout">
            <caption className="visually-hidden">Users at minute {minute}</caption>
            <thead>
              <tr>
                <th scope="col">At minute {minute}</th>
                <th scope="col" className="right">
                  Misrouted
                </th>
                <th scope="col" className="right">
                  Unreachable
                </th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">3.5.1 proxy</th>
                <td className="num right" data-testid="timeline.old-misrouted">
                  {old ? formatCount(old.misrouted) : "—"}
                </td>
                <td className="num right" data-testid="timeline.old-unreachable">
                  {old ? formatCount(usersIn(old, "unreachable")) : "—"}
                </td>
              </tr>
              <tr>
                <th scope="row">patched proxy</th>
                <td className="num right" data-testid="timeline.patched-misrouted">
                  {point ? formatCount(point.misrouted) : "—"}
                </td>
                <td className="num right" data-testid="timeline.patched-unreachable">
                  {point ? formatCount(usersIn(point, "unreachable")) : "—"}
                </td>
              </tr>
            </tbody>
          </table>
          <p className="timeline-caption" data-testid="timeline.caption">
            {timelineCaption(data)}
          </p>
        </>
      )}
    </section>
  );
}
