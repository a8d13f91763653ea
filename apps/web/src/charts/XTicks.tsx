import type { ScaleLinear } from "d3";

interface XTicksProps {
  x: ScaleLinear<number, number>;
  /** The ticks to label, in the scale's domain. */
  ticks: readonly number[];
  /** The labels' baseline, in SVG units. */
  y: number;
}

/** Tick labels under a chart's plot, centred on each tick. */
export function XTicks({ x, ticks, y }: XTicksProps) {
  return ticks.map((tick) => (
    <text key={tick} x={x(tick)} y={y} className="axis" textAnchor="middle">
      {tick}
    </text>
  ));
}
