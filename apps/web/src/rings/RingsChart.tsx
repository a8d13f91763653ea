import type { Analysis } from "@ringside/api-schema";
import { useMemo } from "react";
import { angleOf, boundariesOf } from "./boundaries.js";
import { DensityRing } from "./DensityRing.js";
import { CENTER, DENSITY_RING, PROXY_RING, PUSH_RING, polar, SIZE } from "./geometry.js";
import { MISSING_PATTERN } from "./palette.js";
import { RingLayer } from "./RingLayer.js";
import { UserMarks } from "./UserMarks.js";
import { useRingTween } from "./useRingTween.js";

interface RingsChartProps {
  analysis: Analysis;
  lit: number | undefined;
  onHover: (target: number | undefined) => void;
  animate: boolean;
  /** Hash of the user whose route is open, marked across both rings. */
  selectedHash: number | undefined;
}

const VIEW_BOX = `0 0 ${SIZE} ${SIZE}`;

/**
 * Both rings, concentric: push (delivery) outside, the proxy (connection) inside. The rings,
 * which move during a tween, and the users, which do not, are separate stacked SVGs so a tween
 * frame repaints only the rings.
 */
export function RingsChart({ analysis, lit, onHover, animate, selectedHash }: RingsChartProps) {
  const push = useMemo(() => boundariesOf(analysis.push), [analysis.push]);
  const proxy = useMemo(() => boundariesOf(analysis.proxy), [analysis.proxy]);
  const pushShown = useRingTween(push, animate);
  const proxyShown = useRingTween(proxy, animate);
  const misrouted = analysis.summary.misrouted;

  return (
    <div
      className="rings"
      data-testid="rings"
      data-push-hosts={analysis.push.hosts.length}
      data-proxy-hosts={analysis.proxy.hosts.length}
      role="img"
      aria-label={
        `Push ring with ${analysis.push.hosts.length} hosts outside, proxy ring with ` +
        `${analysis.proxy.hosts.length} hosts inside; ${misrouted} users misrouted.`
      }
    >
      <svg viewBox={VIEW_BOX} className="rings-layer" aria-hidden="true">
        <defs>
          <pattern
            id={MISSING_PATTERN}
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" className="hatch-back" />
            <line x1="0" y1="0" x2="0" y2="6" className="hatch-line" strokeWidth="2.5" />
          </pattern>
        </defs>
        {analysis.fanOut ? (
          <g data-testid="ring.push">
            <circle
              cx={CENTER}
              cy={CENTER}
              r={(PUSH_RING.inner + PUSH_RING.outer) / 2}
              className="fan-out-ring"
            />
          </g>
        ) : (
          <RingLayer
            testId="ring.push"
            boundaries={pushShown}
            targets={analysis.targets}
            radii={PUSH_RING}
            lit={lit}
            onHover={onHover}
          />
        )}
        <RingLayer
          testId="ring.proxy"
          boundaries={proxyShown}
          targets={analysis.targets}
          radii={PROXY_RING}
          lit={lit}
          onHover={onHover}
        />
      </svg>
      <svg viewBox={VIEW_BOX} className="rings-layer passive" aria-hidden="true">
        <DensityRing density={analysis.density} />
        <UserMarks sample={analysis.sample} lit={lit} />
        {selectedHash !== undefined && <SelectedUser hash={selectedHash} />}
        <line
          x1={CENTER}
          y1={CENTER - PROXY_RING.inner + 8}
          x2={CENTER}
          y2={CENTER - DENSITY_RING.outer - 6}
          className="zero-tick"
        />
        <text x={CENTER} y={CENTER - 36} className="ring-caption" textAnchor="middle">
          outer: push (delivery)
        </text>
        <text x={CENTER} y={CENTER - 16} className="ring-caption" textAnchor="middle">
          inner: proxy (connection)
        </text>
        <text x={CENTER} y={CENTER + 14} className="ring-caption muted" textAnchor="middle">
          hash 0 at the top, clockwise
        </text>
      </svg>
    </div>
  );
}

function SelectedUser({ hash }: { hash: number }) {
  const angle = angleOf(hash);
  const [x1, y1] = polar(angle, PROXY_RING.inner - 10);
  const [x2, y2] = polar(angle, DENSITY_RING.outer + 8);
  return (
    <line
      x1={x1}
      y1={y1}
      x2={x2}
      y2={y2}
      className="selected-user"
      data-testid="ring.selected-user"
    />
  );
}
