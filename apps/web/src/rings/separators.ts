import type { Segment } from "./boundaries.js";

/** A ring position where one target's arc gives way to another's that is filled the same. */
export interface Separator {
  hash: number;
  /** The targets on either side, counter-clockwise first. */
  before: number;
  after: number;
}

/**
 * The arc ends that need a separator: where the owning target changes but the fill does not
 * (pods 0 and 7 share a colour, two hosts without a pod share the hatch), so the two arcs
 * would read as one. Between different fills the change of colour shows the edge already.
 */
export function separatorsOf(
  segments: readonly Segment[],
  fillOf: (target: number) => string,
): Separator[] {
  if (segments.length < 2) return [];
  const out: Separator[] = [];
  segments.forEach((segment, i) => {
    const previous = segments[(i + segments.length - 1) % segments.length] as Segment;
    if (previous.target !== segment.target && fillOf(previous.target) === fillOf(segment.target)) {
      out.push({ hash: segment.start, before: previous.target, after: segment.target });
    }
  });
  return out;
}
