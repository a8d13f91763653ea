import type { Analysis } from "@ringside/api-schema";
import type { Cluster } from "@ringside/openim";
import { boundariesOf } from "../rings/boundaries.js";
import { DensityRing } from "../rings/DensityRing.js";
import { PROXY_RING, PUSH_RING, SIZE } from "../rings/geometry.js";
import { MissingPattern } from "../rings/MissingPattern.js";
import { MISSING_PATTERN, podColor } from "../rings/palette.js";
import { RingLayer } from "../rings/RingLayer.js";
import { longLabel } from "../rings/targetLabel.js";
import { UserMarks } from "../rings/UserMarks.js";
import { formatCount, formatShare } from "../summary/format.js";
import { lateText } from "../summary/lateShare.js";
import { OUTCOME_NAMES, OUTCOME_ORDER } from "../summary/outcomeText.js";
import { clusterLine } from "./clusterLine.js";

/** A 16:9 slide, in SVG units; the PNG is drawn at twice this size. */
export const FIGURE = { width: 1280, height: 720 } as const;

const RINGS_SIZE = 560;
const LEGEND_ROWS = 8;

// The figure stands alone: its colours are written here, light, as a slide wants them.
const STYLE = `
text { fill: #16191f;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
.title { font-size: 28px; font-weight: 700; }
.headline { font-size: 21px; }
.cluster { font-size: 15px; fill: #4a5260; }
.count { font-size: 26px; font-weight: 700; font-variant-numeric: tabular-nums; }
.count.misrouted { fill: #b3261e; }
.name { font-size: 15px; fill: #4a5260; }
.legend { font-size: 14px; }
.foot { font-size: 12px; fill: #4a5260; }
.ring-arc { stroke: #ffffff; stroke-width: 0.6; }
.ring-separator { fill: none; stroke: #ffffff; stroke-width: 2.4; }
.ring-label { font-size: 12px; font-weight: 700; }
.hatch-back { fill: #e2e5ea; }
.hatch-line { stroke: #8b929e; }
.fan-out-ring { fill: none; stroke: #4a5260; stroke-width: 2; stroke-dasharray: 4 6; }
.user-dot { stroke: #9aa3b0; }
.user-cannotConnect, .user-dropped { stroke: #8a5a00; }
.user-connector { stroke: #16191f; stroke-width: 0.7; stroke-opacity: 0.45; }
.density-all { fill: #4a5260; opacity: 0.35; }
.density-misrouted { fill: #b3261e; }
`;

interface ExportFigureProps {
  analysis: Analysis;
  cluster: Cluster;
  /** Where the users come from, in a few words. */
  usersLabel: string;
}

/** The rings view as one standalone SVG: title, cluster line, rings and every number as text. */
export function ExportFigure({ analysis, cluster, usersLabel }: ExportFigureProps) {
  const { summary } = analysis;
  const scale = RINGS_SIZE / SIZE;
  const shown = analysis.loads.slice(0, LEGEND_ROWS);
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={FIGURE.width}
      height={FIGURE.height}
      viewBox={`0 0 ${FIGURE.width} ${FIGURE.height}`}
    >
      <title>
        {`Ringside: ${formatCount(summary.misrouted)} of ${formatCount(summary.users)} users ` +
          "misrouted"}
      </title>
      <style>{STYLE}</style>
      <defs>
        <MissingPattern />
      </defs>
      <rect width={FIGURE.width} height={FIGURE.height} fill="#ffffff" />
      <text x={40} y={54} className="title">
        Where OpenIM's push and proxy pick different gateway pods
      </text>
      <text x={40} y={88} className="headline">
        {slideHeadline(summary)}
      </text>
      <text x={40} y={116} className="cluster" data-testid="figure.cluster">
        {clusterLine(cluster)}
      </text>
      <g transform={`translate(40 ${FIGURE.height - RINGS_SIZE - 24}) scale(${scale})`}>
        {analysis.fanOut ? (
          <circle
            cx={SIZE / 2}
            cy={SIZE / 2}
            r={(PUSH_RING.inner + PUSH_RING.outer) / 2}
            className="fan-out-ring"
          />
        ) : (
          <RingLayer
            testId="figure.push"
            boundaries={boundariesOf(analysis.push)}
            targets={analysis.targets}
            radii={PUSH_RING}
            lit={undefined}
            onHover={() => {}}
          />
        )}
        <RingLayer
          testId="figure.proxy"
          boundaries={boundariesOf(analysis.proxy)}
          targets={analysis.targets}
          radii={PROXY_RING}
          lit={undefined}
          onHover={() => {}}
        />
        <DensityRing density={analysis.density} />
        <UserMarks sample={analysis.sample} lit={undefined} />
        <text x={SIZE / 2} y={SIZE / 2 - 10} className="name" textAnchor="middle">
          outer ring: push (delivery)
        </text>
        <text x={SIZE / 2} y={SIZE / 2 + 14} className="name" textAnchor="middle">
          inner ring: proxy (connection)
        </text>
      </g>
      {OUTCOME_ORDER.map((outcome, i) => (
        <g key={outcome} transform={`translate(660 ${190 + i * 58})`}>
          <text className={`count ${outcome}`}>{formatCount(summary[outcome])}</text>
          <text x={150} className="name">
            {`${OUTCOME_NAMES[outcome]}, ${formatShare(summary[outcome], summary.users)}`}
          </text>
        </g>
      ))}
      <text x={660} y={440} className="name">
        Users each ring sends to each pod
      </text>
      {shown.map((load, i) => {
        const exists = analysis.targets[load.target]?.exists ?? false;
        return (
          <g key={load.target} transform={`translate(660 ${458 + i * 26})`}>
            <rect
              width="14"
              height="14"
              rx="3"
              fill={exists ? podColor(load.target) : `url(#${MISSING_PATTERN})`}
            />
            <text x={22} y={12} className="legend">
              {`${longLabel(analysis.targets, load.target)}: ` +
                `push ${formatCount(load.pushUsers)}, proxy ${formatCount(load.proxyUsers)}`}
            </text>
          </g>
        );
      })}
      {analysis.loads.length > shown.length && (
        <text x={660} y={458 + shown.length * 26 + 12} className="legend">
          {`and ${analysis.loads.length - shown.length} more`}
        </text>
      )}
      <text x={FIGURE.width - 40} y={FIGURE.height - 16} className="foot" textAnchor="end">
        {`Ringside · ${usersLabel}`}
      </text>
    </svg>
  );
}

// Short enough for the slide's width with a million users in the counts.
function slideHeadline(summary: Analysis["summary"]): string {
  if (summary.misrouted === 0) {
    return `${lateText(summary)} get their messages late: push picks each one's pod.`;
  }
  return `${lateText(summary)} get their messages late, by offline push.`;
}
