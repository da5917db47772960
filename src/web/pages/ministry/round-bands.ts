import type { Band, Body, Result } from "../../types.ts";

/** The bands from best to worst, as the ranking filters and the chart stacks list them. */
export const BANDS: Band[] = ["high", "medium", "low", "ineffective"];

/** What the ranking and the charts of a round both read: its official results and the bodies. */
export interface RoundResultsProps {
  roundId: string;
  results: Result[];
  bodies: Map<string, Body>;
}
