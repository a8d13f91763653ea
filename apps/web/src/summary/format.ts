const integer = new Intl.NumberFormat("en-US");

/** 10000 as "10,000". */
export function formatCount(value: number): string {
  return integer.format(value);
}

/** A share of a whole as a percentage with one decimal: 8609 of 10000 gives "86.1%". */
export function formatShare(part: number, whole: number): string {
  if (whole === 0) return "0.0%";
  return `${((part / whole) * 100).toFixed(1)}%`;
}
