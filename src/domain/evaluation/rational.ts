/**
 * Exact non-negative rationals over BigInt. The indicator is a legal figure: a float such as
 * 0.1 + 0.2 could move a body across a band edge, so nothing is approximated until the
 * final one-decimal presentation.
 */
export interface Rational {
  readonly n: bigint;
  readonly d: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** Builds a reduced fraction; a zero denominator is a programming error, never a §22 default. */
export function rational(n: bigint | number, d: bigint | number = 1n): Rational {
  const num = BigInt(n);
  const den = BigInt(d);
  if (den === 0n) throw new RangeError("rational: zero denominator");
  const sign = den < 0n ? -1n : 1n;
  const g = gcd(num, den) || 1n;
  return { n: (sign * num) / g, d: (sign * den) / g };
}

export function multiply(a: Rational, b: Rational): Rational {
  return rational(a.n * b.n, a.d * b.d);
}

export function compare(a: Rational, b: Rational): -1 | 0 | 1 {
  const left = a.n * b.d;
  const right = b.n * a.d;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** "n/d", always with the slash, so readers can parse every ratio the same way. */
export function toFractionString(r: Rational): string {
  return `${r.n}/${r.d}`;
}

/**
 * Rounds half-up to tenths and returns the count of tenths (675n for 67.5).
 * Half-up (not banker's rounding) because that is how the ministry's tables round by hand.
 */
export function roundHalfUpToTenths(r: Rational): bigint {
  if (r.n < 0n) throw new RangeError("roundHalfUpToTenths: negative value");
  return (20n * r.n + r.d) / (2n * r.d);
}

/** Presents tenths as "67.5" / "100.0" — the one place a figure becomes text. */
export function tenthsToString(tenths: bigint): string {
  const whole = tenths / 10n;
  const frac = tenths % 10n;
  return `${whole}.${frac}`;
}

/** Presents tenths as a JS number; exact for the values used here (at most 1000 tenths). */
export function tenthsToNumber(tenths: bigint): number {
  return Number(tenthsToString(tenths));
}
