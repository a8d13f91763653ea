const INT64_MAX = 2n ** 63n - 1n;
const INT64_MIN = -(2n ** 63n);
const UINT64_MAX = 2n ** 64n - 1n;

/**
 * The value Go's `strconv.Atoi` returns on a 64-bit machine when its error is ignored, as
 * OpenIM does with `n, _ := strconv.Atoi(s)`: decimal digits with one optional sign, nothing
 * else (no spaces, no underscores). A syntax error gives 0; a value out of range gives the
 * nearest int64, because Go returns the clamped value alongside the range error.
 *
 * @example
 * goAtoi("5"); // 5n
 * goAtoi(" 5"); // 0n
 * goAtoi("99999999999999999999"); // 9223372036854775807n
 */
export function goAtoi(text: string): bigint {
  let digits = text;
  let negative = false;
  if (digits.startsWith("+") || digits.startsWith("-")) {
    negative = digits.startsWith("-");
    digits = digits.slice(1);
  }
  if (digits.length === 0) return 0n;

  // ParseUint stops at the first overflow with a range error, before it looks at later
  // characters, so "99999999999999999999x" clamps while "x9" is a syntax error.
  let value = 0n;
  for (const ch of digits) {
    if (ch < "0" || ch > "9") return 0n;
    value = value * 10n + BigInt(ch.charCodeAt(0) - 48);
    if (value > UINT64_MAX) return negative ? INT64_MIN : INT64_MAX;
  }

  if (negative) return value > -INT64_MIN ? INT64_MIN : -value;
  return value > INT64_MAX ? INT64_MAX : value;
}
