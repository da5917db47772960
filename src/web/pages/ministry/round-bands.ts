import type { Band } from "../../types.ts";

/** The bands from best to worst, as the ranking filters and the chart stacks list them. */
export const BANDS: Band[] = ["high", "medium", "low", "ineffective"];
