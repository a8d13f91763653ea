import type { Route } from "@ringside/api-schema";
import { memo } from "react";
import { angleOf } from "./boundaries.js";
import { PROXY_RING, PUSH_RING, polar, USER_BAND } from "./geometry.js";
import { podColor } from "./palette.js";

interface UserMarksProps {
  sample: readonly Route[];
  lit: number | undefined;
}

const MIDDLE = (USER_BAND.inner + USER_BAND.outer) / 2;

/**
 * The drawn users at their hash angle. A misrouted user gets a connector from its connection
 * pod's arc (inner ring, capped in that pod's colour) to its delivery pod's arc (outer ring).
 */
export const UserMarks = memo(function UserMarks({ sample, lit }: UserMarksProps) {
  return (
    <g className="user-marks">
      {sample.map((route) => {
        const angle = angleOf(route.hash);
        const faded = lit !== undefined && route.connect !== lit && route.deliver !== lit;
        if (route.outcome !== "misrouted") {
          const [x, y] = polar(angle, MIDDLE);
          return (
            <circle
              key={route.userId}
              cx={x}
              cy={y}
              r={1.6}
              className={`user-dot user-${route.outcome}`}
              opacity={faded ? 0.15 : 1}
            />
          );
        }
        const [x1, y1] = polar(angle, PROXY_RING.outer);
        const [x2, y2] = polar(angle, PUSH_RING.inner);
        const [cx1, cy1] = polar(angle, PROXY_RING.outer + 3);
        const [cx2, cy2] = polar(angle, PUSH_RING.inner - 3);
        return (
          <g key={route.userId} opacity={faded ? 0.12 : 1}>
            <line x1={x1} y1={y1} x2={x2} y2={y2} className="user-connector" />
            <circle cx={cx1} cy={cy1} r={2.4} fill={podColor(route.connect)} />
            <circle cx={cx2} cy={cy2} r={2.4} fill={podColor(route.deliver)} />
          </g>
        );
      })}
    </g>
  );
});
