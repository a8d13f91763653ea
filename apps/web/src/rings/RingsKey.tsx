import type { Analysis } from "@ringside/api-schema";
import { memo } from "react";
import { formatCount } from "../summary/format.js";
import { MISSING_PATTERN, PALETTE_SIZE, podColor } from "./palette.js";

/** How to read the marks around the rings. */
export const RingsKey = memo(function RingsKey({ analysis }: { analysis: Analysis }) {
  const drawn = analysis.sample.length;
  const users = analysis.summary.users;
  const degrees = 360 / analysis.density.bins;
  const pods = analysis.targets.filter((t) => t.exists).length;
  return (
    <ul className="rings-key" data-testid="rings.key">
      <li>
        <span className="key-swatch density" aria-hidden="true" />
        Outer histogram: users per {degrees}° of the circle; the red part is misrouted.
      </li>
      <li>
        <span className="key-swatch connector" aria-hidden="true" />
        {drawn >= users
          ? `Every user drawn (${formatCount(users)}): `
          : `${formatCount(drawn)} of ${formatCount(users)} users drawn, misrouted first: `}
        a misrouted user is a line from the connection pod (inner dot) to the delivery pod (outer
        dot), any other a dot between the rings.
      </li>
      {pods > PALETTE_SIZE && (
        <li data-testid="rings.key.colours">
          <svg width="14" height="14" aria-hidden="true" className="swatch">
            <rect width="7" height="14" fill={podColor(0)} />
            <rect x="7" width="7" height="14" fill={podColor(PALETTE_SIZE)} />
            <line x1="7" x2="7" y1="0" y2="14" className="ring-separator" />
          </svg>
          Colours repeat every {PALETTE_SIZE} pods ({pods} here): a gap parts neighbouring arcs of
          one colour, and the number on an arc names its pod. Hover or focus a pod in the table
          below to light it on both rings.
        </li>
      )}
      <li>
        <svg width="14" height="14" aria-hidden="true" className="swatch">
          <rect width="14" height="14" rx="3" fill={`url(#${MISSING_PATTERN})`} />
        </svg>
        Hatched, with <span className="mono">?</span>: a host the ring names but no pod answers.
      </li>
    </ul>
  );
});
