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
  /** Ink of a pod-coloured cap; the others take theirs from the stylesheet. */
  stroke?: string;
  /** Stroke width: a dot's diameter, drawn as the round cap of a zero-length stroke. */
  width?: number;
}

/** The marks, in layers: a few paths in place of an element per user. */
interface Marks {
  dots: { faded: boolean; layers: Layer[] }[];
  connectors: { faded: boolean; layers: Layer[] }[];
}

/** A tenth of a unit is far below a pixel at any size the rings are drawn. */
const round = (n: number) => Math.round(n * 10) / 10;

/**
 * A dot as a zero-length stroke; its round cap draws the circle. Three times shorter than
 * two arcs and cheaper for the browser to parse and lay out, which counts at 5,000 users.
 */
function dot([x, y]: [number, number]): string {
  return `M${round(x)},${round(y)}h0`;
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
      add(dots[faded] as Map<string, Layer>, className, dot(polar(angle, MIDDLE)), {
        className,
        width: 2 * DOT_RADIUS,
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
    const cap = { width: 2 * CAP_RADIUS };
    add(layers, inner, dot(polar(angle, PROXY_RING.outer + 3)), { stroke: inner, ...cap });
    add(layers, outer, dot(polar(angle, PUSH_RING.inner - 3)), { stroke: outer, ...cap });
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
    <g className="user-marks" data-testid="rings.user-marks">
      {marks.dots.map(({ faded, layers }) => (
        <g key={String(faded)} opacity={faded ? FADED_DOT : 1}>
          {layers.map((layer) => (
            <MarkPath key={layer.key} layer={layer} />
          ))}
        </g>
      ))}
      {marks.connectors.map(({ faded, layers }) => (
        <g key={String(faded)} opacity={faded ? FADED_CONNECTOR : 1}>
          {layers.map((layer) => (
            <MarkPath key={layer.key} layer={layer} />
          ))}
        </g>
      ))}
    </g>
  );
});

function MarkPath({ layer }: { layer: Layer }) {
  return (
    <path
      d={layer.d}
      className={layer.className}
      fill="none"
      stroke={layer.stroke}
      strokeWidth={layer.width}
      strokeLinecap={layer.width === undefined ? undefined : "round"}
    />
  );
}
