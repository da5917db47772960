/**
 * Which demo bodies miss 2025-Q3's §16 results (one rule for the evidence and the rounds): "closed"
 * — published, but the check found it not public (zeroed, §23); "absent" — never published (the
 * analyst exempts it in the 2025 round); null — published and open.
 */
export const DEMO_MISSING_SLOT = (index: number): "closed" | "absent" | null =>
  index % 22 === 16 ? "absent" : index % 11 === 5 ? "closed" : null;
