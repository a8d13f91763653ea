/** The rings' drawing box and radii, in SVG units; the SVG scales to its container. */
export const SIZE = 640;
export const CENTER = SIZE / 2;

export const PROXY_RING = { inner: 150, outer: 182 } as const;
export const USER_BAND = { inner: 192, outer: 228 } as const;
export const PUSH_RING = { inner: 238, outer: 270 } as const;
export const DENSITY_RING = { inner: 278, outer: 306 } as const;

/** Arcs at least this long (SVG units along the ring's middle) carry their pod index. */
export const MIN_LABEL_ARC = 16;

/** The point at `angle` (radians clockwise from the top) and `radius` from the centre. */
export function polar(angle: number, radius: number): [number, number] {
  return [CENTER + radius * Math.sin(angle), CENTER - radius * Math.cos(angle)];
}
