import type { Route } from "@ringside/api-schema";
import { memo, useMemo } from "react";
import { angleOf } from "./boundaries.js";
import { PROXY_RING, PUSH_RING, polar, USER_BAND } from "./geometry.js";
import { podColor } from "./palette.js";

interface UserMarksProps {
  sample: readonly Route[];
  lit: number | undefined;
}

const MIDDLE = (USER_BAND.inner + USER_BAND.outer) / 2;
const DOT_RADIUS = 1.6;
const CAP_RADIUS = 2.4;
/** Marks of users who touch neither end of the lit target fade to this. */
const FADED_DOT = 0.15;
const FADED_CONNECTOR = 0.12;

/** One layer of marks: every mark of one look in one path. */
interface Layer {
  key: string;
  d: string;
  className?: string;
  fill?: string;
}

/** The marks, in layers: a few paths in place of an element per user. */
interface Marks {
  dots: { faded: boolean; layers: Layer[] }[];
  connectors: { faded: boolean; layers: Layer[] }[];
}

const round = (n: number) => Math.round(n * 100) / 100;

/** A full circle as path data. */
function circle([x, y]: [number, number], r: number): string {
  return `M${round(x - r)},${round(y)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
}

/** Appends `d` to the layer `key` of `layers`, making the layer on first use. */
function add(layers: Map<string, Layer>, key: string, d: string, look: Omit<Layer, "key" | "d">) {
  const layer = layers.get(key);
  if (layer) layer.d += d;
  else layers.set(key, { key, d, ...look });
}

function marksOf(sample: readonly Route[], lit: number | undefined): Marks {
  const dots = [new Map<string, Layer>(), new Map<string, Layer>()];
  const connectors = [new Map<string, Layer>(), new Map<string, Layer>()];
  for (const route of sample) {
    const angle = angleOf(route.hash);
    const faded = lit !== undefined && route.connect !== lit && route.deliver !== lit ? 1 : 0;
    if (route.outcome !== "misrouted") {
      const className = `user-dot user-${route.outcome}`;
      add(dots[faded] as Map<string, Layer>, className, circle(polar(angle, MIDDLE), DOT_RADIUS), {
        className,
      });
      continue;
    }
    const layers = connectors[faded] as Map<string, Layer>;
    const [x1, y1] = polar(angle, PROXY_RING.outer);
    const [x2, y2] = polar(angle, PUSH_RING.inner);
    add(layers, "line", `M${round(x1)},${round(y1)}L${round(x2)},${round(y2)}`, {
      className: "user-connector",
    });
    // a cap in the connection pod's colour inside, the delivery pod's outside
    const inner = podColor(route.connect);
    const outer = podColor(route.deliver);
    add(layers, inner, circle(polar(angle, PROXY_RING.outer + 3), CAP_RADIUS), { fill: inner });
    add(layers, outer, circle(polar(angle, PUSH_RING.inner - 3), CAP_RADIUS), { fill: outer });
  }
  const listed = (maps: Map<string, Layer>[]) =>
    maps.map((map, faded) => ({ faded: faded === 1, layers: [...map.values()] }));
  return { dots: listed(dots), connectors: listed(connectors) };
}

/**
 * The drawn users at their hash angle. A misrouted user gets a connector from its connection
 * pod's arc (inner ring, capped in that pod's colour) to its delivery pod's arc (outer ring).
 * Marks that look alike share one path: the sample is drawn anew at each replica count, and an
 * element per user would cost a thousand nodes' style and layout at every change.
 */
export const UserMarks = memo(function UserMarks({ sample, lit }: UserMarksProps) {
  const marks = useMemo(() => marksOf(sample, lit), [sample, lit]);
  return (
    <g className="user-marks">
      {marks.dots.map(({ faded, layers }) => (
        <g key={String(faded)} opacity={faded ? FADED_DOT : 1}>
          {layers.map((layer) => (
            <path key={layer.key} d={layer.d} className={layer.className} />
          ))}
        </g>
      ))}
      {marks.connectors.map(({ faded, layers }) => (
        <g key={String(faded)} opacity={faded ? FADED_CONNECTOR : 1}>
          {layers.map((layer) => (
            <path
              key={layer.key}
              d={layer.d}
              className={layer.className}
              fill={layer.fill ?? "none"}
            />
          ))}
        </g>
      ))}
    </g>
  );
});
