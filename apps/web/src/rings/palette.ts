/**
 * Okabe-Ito: distinguishable under the common colour-vision deficiencies. Black is left out
 * (it would vanish in the dark theme); past seven pods colours repeat and the pod index,
 * written on the arc and in the legend, tells them apart.
 */
const OKABE_ITO = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7"];

/** The fill of a target that exists; hosts without a pod use the hatch pattern instead. */
export function podColor(target: number): string {
  return OKABE_ITO[target % OKABE_ITO.length] as string;
}

/** Text colour readable on top of a pod colour. */
export function podInk(target: number): string {
  const dark = new Set([2, 4, 5, 6]);
  return dark.has(target % OKABE_ITO.length) ? "#ffffff" : "#111111";
}

/** The SVG pattern id that hatches arcs of hosts that resolve to no pod. */
export const MISSING_PATTERN = "ring-missing";
