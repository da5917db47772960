/**
 * §23 rating scale. The order writes the edges with one decimal (50–69.9, 70–89.9, 90–100),
 * so Pikir first rounds F half-up to one decimal and then bands the rounded value:
 * 69.95 → 70.0 → medium. Gaps such as 69.9–70 can therefore never be hit.
 */
export const BANDS = ["ineffective", "low", "medium", "high"] as const;
export type Band = (typeof BANDS)[number];

/** Lower edges in tenths of a percent; kept in the rule set so a future amendment can move them. */
export interface BandEdges {
  readonly low: number; // 50.0
  readonly medium: number; // 70.0
  readonly high: number; // 90.0
}

export const BAND_EDGES_2024: BandEdges = { low: 500, medium: 700, high: 900 };

/** Paragraph text of each band, to cite in explanations and docs. */
export const BAND_RANGES: Record<Band, string> = {
  ineffective: "<50%",
  low: "50–69.9%",
  medium: "70–89.9%",
  high: "90–100%",
};

/**
 * Bands an indicator already rounded to one decimal. Accepts a number (67.5) and converts
 * through tenths so 69.9 and 70 compare exactly.
 */
export function rateIndicator(F: number, edges: BandEdges = BAND_EDGES_2024): Band {
  if (!Number.isFinite(F) || F < 0 || F > 100) {
    throw new RangeError(`rateIndicator: F must be within 0..100, got ${F}`);
  }
  return rateTenths(Math.round(F * 10), edges);
}

export function rateTenths(tenths: number, edges: BandEdges = BAND_EDGES_2024): Band {
  if (tenths < edges.low) return "ineffective";
  if (tenths < edges.medium) return "low";
  if (tenths < edges.high) return "medium";
  return "high";
}
