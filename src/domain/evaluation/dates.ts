/**
 * Calendar dates as 'YYYY-MM-DD' strings. Compared as strings (ISO order equals time order), so
 * no time zone can shift a period end across an amendment's effective date.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export type PeriodKind = "quarter" | "half" | "year";

/**
 * Which calendar period [from, to] is, or null. §14 and §16 work by quarter, §18 by half-year and
 * §16.2 by year, so the authorised body evaluates whole calendar periods of those sizes.
 */
export function calendarPeriodKind(from: string, to: string): PeriodKind | null {
  if (!isIsoDate(from) || !isIsoDate(to)) return null;
  const [fy, fm, fd] = from.split("-").map(Number) as [number, number, number];
  const [ty, tm, td] = to.split("-").map(Number) as [number, number, number];
  if (fy !== ty || fd !== 1 || td !== daysInMonth(ty, tm)) return null;
  const start = fm;
  const months = tm - fm + 1;
  if (months === 12 && start === 1) return "year";
  if (months === 6 && (start === 1 || start === 7)) return "half";
  if (months === 3 && [1, 4, 7, 10].includes(start)) return "quarter";
  return null;
}
