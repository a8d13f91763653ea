import type { Analysis } from "@ringside/api-schema";
import { arc } from "d3";
import { memo, useMemo } from "react";
import { angleOf, type Boundary, segmentsOf } from "./boundaries.js";
import { CENTER, MIN_LABEL_ARC, polar } from "./geometry.js";
import { podFill, podInk } from "./palette.js";
import { type Separator, separatorsOf } from "./separators.js";
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

/** Radial strokes across the ring at each separator, as one path's data. */
function separatorPath(separators: readonly Separator[], radii: RingLayerProps["radii"]): string {
  let d = "";
  for (const { hash } of separators) {
    const angle = angleOf(hash);
    const [x1, y1] = polar(angle, radii.inner);
    const [x2, y2] = polar(angle, radii.outer);
    d += `M${(x1 - CENTER).toFixed(1)},${(y1 - CENTER).toFixed(1)}`;
    d += `L${(x2 - CENTER).toFixed(1)},${(y2 - CENTER).toFixed(1)}`;
  }
  return d;
}

/**
 * One ring: an arc per run of positions owned by one target, labelled where it fits, and a
 * separator where two neighbouring arcs of different targets share a fill.
 */
export const RingLayer = memo(function RingLayer(props: RingLayerProps) {
  const { boundaries, targets, radii, lit, onHover } = props;
  const segments = useMemo(() => segmentsOf(boundaries), [boundaries]);
  const middle = (radii.inner + radii.outer) / 2;
  const separators = useMemo(() => {
    const all = separatorsOf(segments, (t) => podFill(targets[t]?.exists ?? false, t));
    // a separator at the lit target's arc stays as clear as the arc
    const touches = (s: Separator) => lit === undefined || s.before === lit || s.after === lit;
    return {
      clear: separatorPath(all.filter(touches), radii),
      faded: separatorPath(
        all.filter((s) => !touches(s)),
        radii,
      ),
    };
  }, [segments, targets, radii, lit]);

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
            fill={podFill(exists, segment.target)}
            className="ring-arc"
            opacity={faded ? 0.25 : 1}
            data-target={segment.target}
            onPointerEnter={() => onHover(segment.target)}
            onPointerLeave={() => onHover(undefined)}
          />
        );
      })}
      <path
        d={separators.clear}
        className="ring-separator"
        data-testid={`${props.testId}.separators`}
      />
      {separators.faded !== "" && (
        <path d={separators.faded} className="ring-separator" opacity={0.25} />
      )}
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
