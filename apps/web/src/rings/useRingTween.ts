import { easeCubicInOut, timer } from "d3";
import { useEffect, useRef, useState } from "react";
import type { Boundary } from "./boundaries.js";
import { planTween } from "./ringTween.js";

/** How long a ring takes to settle after a change. */
const DURATION_MS = 450;

/** Changes closer together than this (a drag) jump: only a single step animates. */
const SETTLE_MS = DURATION_MS;

/** Above this many positions a ring jumps to its new state: a frame would cost too much. */
const MAX_ANIMATED_POSITIONS = 4000;

/**
 * The boundaries to draw this frame: `target` itself when motion is off, otherwise a d3-timer
 * driven tween from what was on screen towards it.
 */
export function useRingTween(target: readonly Boundary[], animate: boolean): readonly Boundary[] {
  const [shown, setShown] = useState(target);
  const onScreen = useRef(target);
  const lastChange = useRef(Number.NEGATIVE_INFINITY);

  useEffect(() => {
    const from = onScreen.current;
    const now = performance.now();
    const settled = now - lastChange.current >= SETTLE_MS;
    lastChange.current = now;
    const plan =
      animate && settled && target.length + from.length <= MAX_ANIMATED_POSITIONS
        ? planTween(from, target)
        : null;
    if (!plan) {
      onScreen.current = target;
      setShown(target);
      return;
    }
    const run = timer((elapsed) => {
      const t = Math.min(1, elapsed / DURATION_MS);
      const frame = plan(easeCubicInOut(t));
      onScreen.current = frame;
      setShown(frame);
      if (t >= 1) run.stop();
    });
    return () => run.stop();
  }, [target, animate]);

  return shown;
}
