import type { ScaleLinear } from "d3";

interface GridLinesProps {
  /** The vertical scale; its ticks place the lines. */
  y: ScaleLinear<number, number>;
  /** Where the plot starts and ends horizontally, in SVG units. */
  left: number;
  right: number;
  /** The label of one tick. */
  format: (tick: number) => string;
  ticks?: number;
}

/** Horizontal grid lines across a chart, labelled to the left of the plot. */
export function GridLines({ y, left, right, format, ticks = 4 }: GridLinesProps) {
  return y.ticks(ticks).map((tick) => (
    <g key={tick}>
      <line x1={left} x2={right} y1={y(tick)} y2={y(tick)} className="grid" />
      <text x={left - 6} y={y(tick)} className="axis" textAnchor="end" dy="0.32em">
        {format(tick)}
      </text>
    </g>
  ));
}
