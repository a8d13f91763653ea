import type { Analysis } from "@ringside/api-schema";
import { arc, max } from "d3";
import { memo } from "react";
import { CENTER, DENSITY_RING } from "./geometry.js";

const bar = arc<{ startAngle: number; endAngle: number; outer: number }>()
  .innerRadius(DENSITY_RING.inner)
  .outerRadius((d) => d.outer);

/** Users per angular bin as a thin histogram, the misrouted part of each bin darker on top. */
export const DensityRing = memo(function DensityRing({
  density,
}: {
  density: Analysis["density"];
}) {
  const peak = max(density.users) ?? 0;
  if (peak === 0) return null;
  const depth = DENSITY_RING.outer - DENSITY_RING.inner;
  const step = (2 * Math.PI) / density.bins;
  return (
    <g
      transform={`translate(${CENTER},${CENTER})`}
      className="density-ring"
      data-testid="ring.density"
    >
      {density.users.map((users, i) => {
        if (users === 0) return null;
        const misrouted = density.misrouted[i] ?? 0;
        const outer = DENSITY_RING.inner + (depth * users) / peak;
        const startAngle = i * step;
        const endAngle = startAngle + step;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: bins are fixed angular slots
          <g key={i}>
            <path d={bar({ startAngle, endAngle, outer }) ?? ""} className="density-all" />
            {misrouted > 0 && (
              <path
                d={
                  bar({
                    startAngle,
                    endAngle,
                    outer: DENSITY_RING.inner + (depth * misrouted) / peak,
                  }) ?? ""
                }
                className="density-misrouted"
              />
            )}
          </g>
        );
      })}
    </g>
  );
});
