import { rgb } from "d3";

/** WCAG relative luminance of a CSS colour. */
function luminance(color: string): number {
  const { r, g, b } = rgb(color);
  const [lr, lg, lb] = [r, g, b].map((channel) => {
    const v = channel / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * lr + 0.7152 * lg + 0.0722 * lb;
}

/**
 * Black or white, whichever contrasts more with `background`. On every d3 Blues shade the
 * better of the two reaches at least 4.6:1.
 */
export function readableInk(background: string): "#000000" | "#ffffff" {
  const l = luminance(background);
  return 1.05 / (l + 0.05) >= (l + 0.05) / 0.05 ? "#ffffff" : "#000000";
}
