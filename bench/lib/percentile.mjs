/**
 * The nearest-rank percentile `p` (0 to 100) of `samples`: the smallest sample with at least
 * p% of all samples at or below it. p95 of 40 samples is the 38th smallest.
 */
export function percentile(samples, p) {
  if (samples.length === 0) throw new RangeError("percentile of no samples");
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}
