import { useEffect, useState } from "react";

/**
 * `value` once it has stayed the same for `delayMs`; the first value at once. For work that
 * should follow a drag or typing only when it pauses.
 */
export function useSettled<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(value, settled)) return;
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, settled, delayMs]);
  return settled;
}
