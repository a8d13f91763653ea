import { MISSING_PATTERN } from "./palette.js";

/** The hatch that fills an arc whose host names no existing pod; goes in an SVG's `<defs>`. */
export function MissingPattern() {
  return (
    <pattern
      id={MISSING_PATTERN}
      width="6"
      height="6"
      patternUnits="userSpaceOnUse"
      patternTransform="rotate(45)"
    >
      <rect width="6" height="6" className="hatch-back" />
      <line x1="0" y1="0" x2="0" y2="6" className="hatch-line" strokeWidth="2.5" />
    </pattern>
  );
}
