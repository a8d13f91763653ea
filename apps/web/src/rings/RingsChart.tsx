import type { Analysis } from "@ringside/api-schema";
import { memo, useMemo } from "react";
import { angleOf, boundariesOf } from "./boundaries.js";
import { DensityRing } from "./DensityRing.js";
import { CENTER, DENSITY_RING, PROXY_RING, PUSH_RING, polar, SIZE } from "./geometry.js";
import { MissingPattern } from "./MissingPattern.js";
import { RingLayer } from "./RingLayer.js";
import type { Rings } from "./ringsOf.js";
import { UserMarks } from "./UserMarks.js";
import { useRingTween } from "./useRingTween.js";

interface RingsChartProps {
  /** The analysis drawn: its density and users, and its rings unless `rings` is given. */
  analysis: Analysis;
  /** The rings of the cluster on screen, built in the page, when they run ahead of `analysis`. */
  rings?: Rings | undefined;
  /** Misrouted users for the description; the analysis's when absent. */
  misrouted?: number | undefined;
  lit: number | undefined;
  onHover: (target: number | undefined) => void;
  animate: boolean;
  /** Hash of the user whose route is open, marked across both rings. */
  selectedHash: number | undefined;
  /**
   * `analysis` is the previous one's while the rings' own is on its way: its users and density
   * belong to other rings, so they fade until it comes.
   */
  stale?: boolean | undefined;
}

const VIEW_BOX = `0 0 ${SIZE} ${SIZE}`;

/**
 * Both rings, concentric: push (delivery) outside, the proxy (connection) inside. The rings,
 * which move during a tween, the users, which do not, and the captions are separate stacked
 * SVGs: a tween frame repaints only the rings, and fading stale users repaints nothing.
 */
export const RingsChart = memo(function RingsChart(props: RingsChartProps) {
  const { analysis, lit, onHover, animate, selectedHash } = props;
  const rings = props.rings ?? analysis;
  const misrouted = props.misrouted ?? analysis.summary.misrouted;
  const push = useMemo(() => boundariesOf(rings.push), [rings.push]);
  const proxy = useMemo(() => boundariesOf(rings.proxy), [rings.proxy]);
  const pushShown = useRingTween(push, animate);
  const proxyShown = useRingTween(proxy, animate);

  return (
    <div
      className="rings"
      data-testid="rings"
      data-push-hosts={rings.push.hosts.length}
      data-proxy-hosts={rings.proxy.hosts.length}
      role="img"
      aria-label={
        `Push ring with ${rings.push.hosts.length} hosts outside, proxy ring with ` +
        `${rings.proxy.hosts.length} hosts inside; ${misrouted} users misrouted.`
      }
    >
      <svg viewBox={VIEW_BOX} className="rings-layer" aria-hidden="true">
        <defs>
          <MissingPattern />
        </defs>
        {rings.fanOut ? (
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
            targets={rings.targets}
            radii={PUSH_RING}
            lit={lit}
            onHover={onHover}
          />
        )}
        <RingLayer
          testId="ring.proxy"
          boundaries={proxyShown}
          targets={rings.targets}
          radii={PROXY_RING}
          lit={lit}
          onHover={onHover}
        />
      </svg>
      <svg
        viewBox={VIEW_BOX}
        className={`rings-layer passive users-layer${props.stale ? " stale" : ""}`}
        aria-hidden="true"
        data-testid="rings.users"
        data-stale={props.stale ? "true" : "false"}
      >
        <DensityRing density={analysis.density} />
        <UserMarks sample={analysis.sample} lit={lit} />
      </svg>
      <svg viewBox={VIEW_BOX} className="rings-layer passive" aria-hidden="true">
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
});

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
