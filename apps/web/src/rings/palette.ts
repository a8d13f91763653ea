/**
 * Okabe-Ito: distinguishable under the common colour-vision deficiencies. Black is left out
 * (it would vanish in the dark theme); past seven pods colours repeat: the pod index, written
 * on the arc and in the legend, tells them apart, and a separator parts neighbouring arcs of
 * one colour.
 */
const OKABE_ITO = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7"];

/** Pods with a colour of their own; the next pod takes the first colour again. */
export const PALETTE_SIZE = OKABE_ITO.length;

/** The fill of a target that exists; hosts without a pod use the hatch pattern instead. */
export function podColor(target: number): string {
  return OKABE_ITO[target % OKABE_ITO.length] as string;
}

/** What an arc of `target` is filled with: its pod's colour, or the hatch when no pod answers. */
export function podFill(exists: boolean, target: number): string {
  return exists ? podColor(target) : `url(#${MISSING_PATTERN})`;
}

/** Text colour readable on top of a pod colour. */
export function podInk(target: number): string {
  const dark = new Set([2, 4, 5, 6]);
  return dark.has(target % OKABE_ITO.length) ? "#ffffff" : "#111111";
}

/** The SVG pattern id that hatches arcs of hosts that resolve to no pod. */
export const MISSING_PATTERN = "ring-missing";
