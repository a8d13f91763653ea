import type { Sweep } from "@ringside/api-schema";
import { line, range, scaleLinear } from "d3";
import { memo, type PointerEvent, useMemo } from "react";
import { SWEEP_FROM, SWEEP_TO } from "../api/requests.js";
import { GridLines } from "../charts/GridLines.js";
import { XTicks } from "../charts/XTicks.js";

interface SweepChartProps {
  current: Sweep | undefined;
  patched: Sweep | undefined;
  replicas: number;
  onPick: (replicas: number) => void;
}

const percentTick = (tick: number) => `${Math.round(tick * 100)}%`;

const WIDTH = 560;
const HEIGHT = 240;
const MARGIN = { top: 12, right: 16, bottom: 34, left: 44 };

const x = scaleLinear()
  .domain([SWEEP_FROM, SWEEP_TO])
  .range([MARGIN.left, WIDTH - MARGIN.right]);
const y = scaleLinear()
  .domain([0, 1])
  .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
const path = line<{ replicas: number; share: number }>()
  .x((d) => x(d.replicas))
  .y((d) => y(d.share));

/** The share 1 - 1/N that two unrelated uniform rings would misroute. */
const EXPECTED = range(SWEEP_FROM, SWEEP_TO + 1).map((n) => ({ replicas: n, share: 1 - 1 / n }));

function shares(sweep: Sweep | undefined) {
  return (sweep?.points ?? []).map((p) => ({
    replicas: p.replicas,
    share: p.users === 0 ? 0 : p.misrouted / p.users,
  }));
}

/** Misrouted share against replicas for this cluster, the patched proxy and 1 - 1/N. */
export const SweepChart = memo(function SweepChart({
  current,
  patched,
  replicas,
  onPick,
}: SweepChartProps) {
  const ours = useMemo(() => shares(current), [current]);
  const fixed = useMemo(() => shares(patched), [patched]);
  const here = ours.find((p) => p.replicas === replicas);

  const pick = (event: PointerEvent<SVGRectElement>) => {
    const box = event.currentTarget.ownerSVGElement?.getBoundingClientRect();
    if (!box) return;
    const svgX = ((event.clientX - box.left) / box.width) * WIDTH;
    const n = Math.round(x.invert(svgX));
    onPick(Math.max(SWEEP_FROM, Math.min(SWEEP_TO, n)));
  };

  return (
    <figure className="sweep" data-testid="sweep.chart">
      {/* a slider over the chart: click a count, or step through counts with the keys */}
      <div
        className="sweep-plot"
        role="slider"
        tabIndex={0}
        aria-label="Replicas on the misrouted share chart"
        aria-valuemin={SWEEP_FROM}
        aria-valuemax={SWEEP_TO}
        aria-valuenow={Math.min(replicas, SWEEP_TO)}
        aria-valuetext={
          `${replicas} replicas: ` +
          `${here ? (here.share * 100).toFixed(1) : "unknown"}% of users misrouted`
        }
        onKeyDown={(event) => {
          const next = keyStep(event.key, replicas);
          if (next === undefined) return;
          event.preventDefault();
          onPick(next);
        }}
        data-testid="sweep.slider"
      >
        <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true">
          <GridLines y={y} left={MARGIN.left} right={WIDTH - MARGIN.right} format={percentTick} />
          <XTicks
            x={x}
            ticks={[1, 8, 16, 24, 32, 40, 48, 56, 64]}
            y={HEIGHT - MARGIN.bottom + 16}
          />
          <text
            x={(MARGIN.left + WIDTH - MARGIN.right) / 2}
            y={HEIGHT - 4}
            className="axis"
            textAnchor="middle"
          >
            gateway replicas
          </text>
          <path d={path(EXPECTED) ?? ""} className="line-expected" />
          <path d={path(fixed) ?? ""} className="line-patched" data-testid="sweep.patched" />
          <path d={path(ours) ?? ""} className="line-current" data-testid="sweep.current" />
          {replicas >= SWEEP_FROM && replicas <= SWEEP_TO && (
            <g data-testid="sweep.marker">
              <line
                x1={x(replicas)}
                x2={x(replicas)}
                y1={MARGIN.top}
                y2={HEIGHT - MARGIN.bottom}
                className="marker"
              />
              {here && (
                <circle cx={x(replicas)} cy={y(here.share)} r={4.5} className="marker-dot" />
              )}
            </g>
          )}
          <rect
            x={MARGIN.left}
            y={MARGIN.top}
            width={WIDTH - MARGIN.left - MARGIN.right}
            height={HEIGHT - MARGIN.top - MARGIN.bottom}
            className="hit"
            onPointerUp={pick}
          />
        </svg>
      </div>
      <figcaption className="key">
        <span className="key-item key-current">this cluster</span>
        <span className="key-item key-patched">patched proxy (hosts with port)</span>
        <span className="key-item key-expected">1 − 1/N</span>
      </figcaption>
    </figure>
  );
});

/** The replica count a key moves the chart's marker to, within the chart; undefined for others. */
function keyStep(key: string, replicas: number): number | undefined {
  const within = (n: number) => Math.max(SWEEP_FROM, Math.min(SWEEP_TO, n));
  switch (key) {
    case "ArrowRight":
    case "ArrowUp":
      return within(replicas + 1);
    case "ArrowLeft":
    case "ArrowDown":
      return within(replicas - 1);
    case "PageUp":
      return within(replicas + 8);
    case "PageDown":
      return within(replicas - 8);
    case "Home":
      return SWEEP_FROM;
    case "End":
      return SWEEP_TO;
    default:
      return undefined;
  }
}
