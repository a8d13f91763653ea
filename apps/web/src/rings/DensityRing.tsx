import type { Analysis } from "@ringside/api-schema";
import { arc, max } from "d3";
import { memo, useMemo } from "react";
import { CENTER, DENSITY_RING } from "./geometry.js";

const bar = arc<{ startAngle: number; endAngle: number; outer: number }>()
  .innerRadius(DENSITY_RING.inner)
  .outerRadius((d) => d.outer);

/** Every non-empty bin's bar, as the outline of one path. */
function barsPath(counts: readonly number[], peak: number, step: number): string {
  const depth = DENSITY_RING.outer - DENSITY_RING.inner;
  let d = "";
  counts.forEach((count, i) => {
    if (count === 0) return;
    const startAngle = i * step;
    const outer = DENSITY_RING.inner + (depth * count) / peak;
    d += bar({ startAngle, endAngle: startAngle + step, outer }) ?? "";
  });
  return d;
}

/**
 * Users per angular bin as a thin histogram, the misrouted part of each bin darker on top. All
 * bins share one path (and their misrouted parts another): a thousand elements would cost a
 * style and layout pass at every change.
 */
export const DensityRing = memo(function DensityRing({
  density,
}: {
  density: Analysis["density"];
}) {
  const paths = useMemo(() => {
    const peak = max(density.users) ?? 0;
    if (peak === 0) return undefined;
    const step = (2 * Math.PI) / density.bins;
    return {
      all: barsPath(density.users, peak, step),
      misrouted: barsPath(density.misrouted, peak, step),
    };
  }, [density]);
  if (!paths) return null;
  return (
    <g
      transform={`translate(${CENTER},${CENTER})`}
      className="density-ring"
      data-testid="ring.density"
    >
      <path d={paths.all} className="density-all" />
      {paths.misrouted !== "" && <path d={paths.misrouted} className="density-misrouted" />}
    </g>
  );
});
