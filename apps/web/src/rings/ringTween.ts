import { interpolateNumber } from "d3";
import { type Boundary, CIRCLE } from "./boundaries.js";

/** A boundary on its way from where it was drawn to where it belongs. */
interface Moving {
  target: number;
  at: (t: number) => number;
  /** Removed boundaries vanish once the tween ends. */
  leaving: boolean;
}

/**
 * Plans the move from one ring to the next: positions both rings share stay put; new ones
 * slide out of the position before them, so their arc grows from nothing; removed ones slide
 * back into it, so their arc shrinks away. Null when the rings share no position (nothing to
 * anchor a movement to: the new ring simply replaces the old).
 */
export function planTween(
  from: readonly Boundary[],
  to: readonly Boundary[],
): ((t: number) => Boundary[]) | null {
  const before = new Map(from.map((b) => [b.hash, b.target]));
  const after = new Map(to.map((b) => [b.hash, b.target]));
  const union = [...new Set([...before.keys(), ...after.keys()])].sort((a, b) => a - b);
  const stays = union.filter((hash) => before.has(hash) && after.has(hash));
  if (stays.length === 0) return null;

  // the anchor of each position: the last position both rings keep, at or before it
  const moving: Moving[] = [];
  let anchor = (stays[stays.length - 1] as number) - CIRCLE;
  for (const hash of union) {
    const target = after.get(hash);
    if (before.has(hash) && target !== undefined) {
      anchor = hash;
      moving.push({ target, at: () => hash, leaving: false });
    } else if (target !== undefined) {
      moving.push({ target, at: interpolateNumber(anchor, hash), leaving: false });
    } else {
      const old = before.get(hash) as number;
      moving.push({ target: old, at: interpolateNumber(hash, anchor), leaving: true });
    }
  }

  return (t) => {
    const out: Boundary[] = [];
    for (const m of moving) {
      if (t >= 1 && m.leaving) continue;
      out.push({ hash: (m.at(t) + CIRCLE) % CIRCLE, target: m.target });
    }
    return out.sort((a, b) => a.hash - b.hash);
  };
}
