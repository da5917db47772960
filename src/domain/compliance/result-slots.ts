/**
 * §16 requires interim results every quarter and final results every year. For §21.2 (access to
 * results) we count, for a period, the publication slots it required and how many of them had a
 * publication in open access. A quarter is required when it lies wholly inside the period; the
 * final (annual) slot when the whole calendar year does.
 */
export interface PublicationFact {
  kind: "interim" | "final";
  periodYear: number;
  periodQuarter: number | null;
  openAccess: boolean | null;
}

export interface ResultSlots {
  required: number;
  published: number;
  missing: string[]; // "2025-Q3", "2025-final"
}

export function requiredSlots(from: string, to: string): string[] {
  const slots: string[] = [];
  const [fy, fm] = from.split("-").map(Number) as [number, number];
  const [ty, tm] = to.split("-").map(Number) as [number, number];
  for (let year = fy; year <= ty; year++) {
    for (let q = 1; q <= 4; q++) {
      const startMonth = (q - 1) * 3 + 1;
      const endMonth = q * 3;
      const startsInside = year > fy || (year === fy && startMonth >= fm);
      const endsInside = year < ty || (year === ty && endMonth <= tm);
      if (startsInside && endsInside) slots.push(`${year}-Q${q}`);
    }
    const wholeYear = (year > fy || fm === 1) && (year < ty || tm === 12);
    if (wholeYear) slots.push(`${year}-final`);
  }
  return slots;
}

export function countResultSlots(from: string, to: string, publications: readonly PublicationFact[]): ResultSlots {
  const required = requiredSlots(from, to);
  const open = new Set(
    publications
      // Unchecked publications (openAccess null) count as published: only a failed check is a gap.
      .filter((p) => p.openAccess !== false)
      .map((p) => (p.kind === "final" ? `${p.periodYear}-final` : `${p.periodYear}-Q${p.periodQuarter}`)),
  );
  const missing = required.filter((slot) => !open.has(slot));
  return { required: required.length, published: required.length - missing.length, missing };
}
