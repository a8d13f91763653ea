import { easeCubicInOut, timer } from "d3";
import { useEffect, useState } from "react";
import type { Boundary } from "./boundaries.js";
import { planTween } from "./ringTween.js";

/** How long a ring takes to settle after a change. */
const DURATION_MS = 450;

/** Changes closer together than this (a drag) jump: only a single step animates. */
const SETTLE_MS = DURATION_MS;

/** Above this many positions a ring jumps to its new state: a frame would cost too much. */
const MAX_ANIMATED_POSITIONS = 4000;

interface Tween {
  /** The boundaries this is on its way to. */
  target: readonly Boundary[];
  /** What is drawn now. */
  shown: readonly Boundary[];
  /** The move under way, or null when `target` is drawn as it is. */
  plan: ((t: number) => Boundary[]) | null;
  changedAt: number;
}

/**
 * The boundaries to draw this frame: `target` itself when motion is off or changes come fast,
 * otherwise a d3-timer driven tween from what was on screen towards it.
 */
export function useRingTween(target: readonly Boundary[], animate: boolean): readonly Boundary[] {
  const [tween, setTween] = useState<Tween>(() => ({
    target,
    shown: target,
    plan: null,
    changedAt: Number.NEGATIVE_INFINITY,
  }));

  // Decided while rendering, not in an effect: a jump then costs no second render and commit,
  // and the first frame of a tween already shows where it starts.
  let current = tween;
  if (tween.target !== target) {
    const now = performance.now();
    const settled = now - tween.changedAt >= SETTLE_MS;
    const small = target.length + tween.shown.length <= MAX_ANIMATED_POSITIONS;
    const plan = animate && settled && small ? planTween(tween.shown, target) : null;
    current = { target, shown: plan ? plan(0) : target, plan, changedAt: now };
    setTween(current);
  } else if (!animate && tween.plan) {
    // motion turned off halfway: jump to the end
    current = { ...tween, shown: target, plan: null };
    setTween(current);
  }

  const plan = current.plan;
  useEffect(() => {
    if (!plan) return;
    const run = timer((elapsed) => {
      const t = Math.min(1, elapsed / DURATION_MS);
      const shown = plan(easeCubicInOut(t));
      setTween((s) => (s.plan === plan ? { ...s, shown } : s));
      if (t >= 1) run.stop();
    });
    return () => run.stop();
  }, [plan]);

  return current.shown;
}
