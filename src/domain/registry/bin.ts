/**
 * The business identification number (БСН / БИН) of a legal entity in Kazakhstan: 12 digits, the
 * last a check digit computed like the IIN's — weights 1..11 over the first eleven digits, mod 11;
 * when that gives 10, weights 3..11,1,2; when that gives 10 again the number is not valid.
 * A typo in a letter's requisites is caught before the letter leaves.
 */
const W1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const W2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

/** The check digit of the first eleven digits, or null when none exists. */
export function binCheckDigit(first11: string): number | null {
  if (!/^[0-9]{11}$/.test(first11)) return null;
  const d = [...first11].map(Number);
  const sum = (w: number[]) => d.reduce((acc, x, i) => acc + x * w[i]!, 0) % 11;
  const c = sum(W1);
  if (c !== 10) return c;
  const c2 = sum(W2);
  return c2 === 10 ? null : c2;
}

export function isValidBin(bin: string): boolean {
  return /^[0-9]{12}$/.test(bin) && binCheckDigit(bin.slice(0, 11)) === Number(bin[11]);
}
