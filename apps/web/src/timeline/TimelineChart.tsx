import type { TimelineResponse } from "@ringside/api-schema";
import { line, max, scaleLinear } from "d3";
import { useMemo } from "react";
import { GridLines } from "../charts/GridLines.js";
import { XTicks } from "../charts/XTicks.js";
import { formatCount } from "../summary/format.js";
import {
  EVENT_NAMES,
  formatMinute,
  MEASURE_NAMES,
  type TimelineMeasure,
  usersIn,
} from "./timelineSeries.js";

interface TimelineChartProps {
  timeline: TimelineResponse;
  measure: TimelineMeasure;
  /** The scrubbed sample, marked by a vertical line. */
  at: number;
}

const WIDTH = 640;
const HEIGHT = 224;
const MARGIN = { top: 44, right: 16, bottom: 30, left: 56 };

type Point = TimelineResponse["withPort"]["points"][number];

/** One measure over the change: the 3.5.1 proxy and the patched one, events as vertical lines. */
export function TimelineChart({ timeline, measure, at }: TimelineChartProps) {
  const { withPort, withoutPort } = timeline;
  const duration = withPort.points.at(-1)?.t ?? 1;
  const x = useMemo(
    () =>
      scaleLinear()
        .domain([0, duration])
        .range([MARGIN.left, WIDTH - MARGIN.right]),
    [duration],
  );
  const y = useMemo(() => {
    const top = max([...withPort.points, ...withoutPort.points], (p) => usersIn(p, measure));
    return scaleLinear()
      .domain([0, Math.max(1, top ?? 0)])
      .nice(4)
      .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  }, [withPort, withoutPort, measure]);
  const path = line<Point>()
    .x((p) => x(p.t))
    .y((p) => y(usersIn(p, measure)));
  const scrubbed = withPort.points[at];
  const marks = withPort.marks.filter((mark) => mark.at <= duration);
  const old = withoutPort.points[at];

  return (
    <figure className="timeline-chart" data-testid={`timeline.chart-${measure}`}>
      <figcaption className="timeline-chart-title">{MEASURE_NAMES[measure]}</figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={
          `${MEASURE_NAMES[measure]}, users over ${duration} minutes for the 3.5.1 proxy and ` +
          `the patched one. At minute ${formatMinute(scrubbed?.t ?? 0)}: 3.5.1 ` +
          `${formatCount(old ? usersIn(old, measure) : 0)}, patched ` +
          `${formatCount(scrubbed ? usersIn(scrubbed, measure) : 0)}.`
        }
      >
        <GridLines y={y} left={MARGIN.left} right={WIDTH - MARGIN.right} format={formatCount} />
        <XTicks x={x} ticks={x.ticks(6)} y={HEIGHT - MARGIN.bottom + 16} />
        <text x={WIDTH - MARGIN.right} y={HEIGHT - 2} className="axis" textAnchor="end">
          minutes
        </text>
        {marks.map((mark, i) => (
          <g key={mark.kind} className="timeline-event" data-testid={`timeline.event-${mark.kind}`}>
            <line x1={x(mark.at)} x2={x(mark.at)} y1={2 + i * 11} y2={HEIGHT - MARGIN.bottom} />
            <text x={x(mark.at) + 4} y={10 + i * 11} className="axis">
              {EVENT_NAMES[mark.kind]}
            </text>
          </g>
        ))}
        <path d={path(withoutPort.points) ?? ""} className="timeline-line old" />
        <path d={path(withPort.points) ?? ""} className="timeline-line patched" />
        {scrubbed && (
          <line
            x1={x(scrubbed.t)}
            x2={x(scrubbed.t)}
            y1={MARGIN.top}
            y2={HEIGHT - MARGIN.bottom}
            className="timeline-scrub"
          />
        )}
      </svg>
    </figure>
  );
}
