import type { Analysis } from "@ringside/api-schema";
import { arc } from "d3";
import { memo, useMemo } from "react";
import { angleOf, type Boundary, segmentsOf } from "./boundaries.js";
import { CENTER, MIN_LABEL_ARC, polar } from "./geometry.js";
import { MISSING_PATTERN, podColor, podInk } from "./palette.js";
import { shortLabel } from "./targetLabel.js";

interface RingLayerProps {
  testId: string;
  boundaries: readonly Boundary[];
  targets: Analysis["targets"];
  radii: { inner: number; outer: number };
  /** The lit target; the others fade. */
  lit: number | undefined;
  onHover: (target: number | undefined) => void;
}

const arcPath = arc<{ startAngle: number; endAngle: number; inner: number; outer: number }>()
  .innerRadius((d) => d.inner)
  .outerRadius((d) => d.outer);

/** One ring: an arc per run of positions owned by one target, labelled where it fits. */
export const RingLayer = memo(function RingLayer(props: RingLayerProps) {
  const { boundaries, targets, radii, lit, onHover } = props;
  const segments = useMemo(() => segmentsOf(boundaries), [boundaries]);
  const middle = (radii.inner + radii.outer) / 2;

  return (
    <g data-testid={props.testId} transform={`translate(${CENTER},${CENTER})`}>
      {segments.map((segment, i) => {
        const startAngle = angleOf(segment.start);
        const endAngle = angleOf(segment.end);
        const exists = targets[segment.target]?.exists ?? false;
        const faded = lit !== undefined && lit !== segment.target;
        return (
          <path
            // by position in the ring: a tween frame then updates paths instead of replacing them
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            key={i}
            d={arcPath({ startAngle, endAngle, inner: radii.inner, outer: radii.outer }) ?? ""}
            fill={exists ? podColor(segment.target) : `url(#${MISSING_PATTERN})`}
            className="ring-arc"
            opacity={faded ? 0.25 : 1}
            data-target={segment.target}
            onPointerEnter={() => onHover(segment.target)}
            onPointerLeave={() => onHover(undefined)}
          />
        );
      })}
      {segments.map((segment, i) => {
        const span = angleOf(segment.end) - angleOf(segment.start);
        if (span * middle < MIN_LABEL_ARC) return null;
        const [x, y] = polar((angleOf(segment.start) + angleOf(segment.end)) / 2, middle);
        const exists = targets[segment.target]?.exists ?? false;
        return (
          <text
            // biome-ignore lint/suspicious/noArrayIndexKey: as for the arcs
            key={i}
            x={x - CENTER}
            y={y - CENTER}
            className="ring-label"
            fill={exists ? podInk(segment.target) : "currentColor"}
            textAnchor="middle"
            dominantBaseline="central"
          >
            {shortLabel(targets, segment.target)}
          </text>
        );
      })}
    </g>
  );
});
