/**
 * What a result IS before what it says. The order's §22 default ("where none were received, the
 * ratio equals 1") gives F = 100 to a body that received nothing, and Pikir used to apply it also
 * to a body that sent no §20 information at all — so silence ranked first. The order never says
 * that missing §20 information is a "high" body; an analyst records it as not submitted.
 *
 * - `not_submitted`: the body sent no §20 information in the round. The official result has no F
 *   and no band (§20 asks the body; nothing was asked back). Pikir's own record is shown beside it
 *   as information only.
 * - `nothing_received`: the body did report, but C = G = 0. F is the §22 default (100), labelled
 *   so, ranked apart and never counted among the "high" bodies in summaries.
 * - `evaluated`: everything else — F and band as §22–§23 compute them.
 */
import type { Band } from "./bands.ts";

export const RESULT_STATUSES = ["evaluated", "nothing_received", "not_submitted"] as const;
export type ResultStatus = (typeof RESULT_STATUSES)[number];

export interface StatusInput {
  /** True when the figures come from a §20 submission (or a §20 input file), not from Pikir's record only. */
  submitted: boolean;
  C: number;
  G: number;
}

/** §22 default applied to both ratios: no remarks, no proposals and no comments were received. */
export function isNothingReceived(figures: { C: number; G: number }): boolean {
  return figures.C === 0 && figures.G === 0;
}

export function resultStatus(input: StatusInput): ResultStatus {
  if (!input.submitted) return "not_submitted";
  return isNothingReceived(input) ? "nothing_received" : "evaluated";
}

/** The figure the official results, the portal and open data show: none without a §20 submission. */
export function officialFigure<F, B extends Band | string>(
  status: ResultStatus,
  F: F,
  band: B,
): { F: F | null; band: B | null } {
  return status === "not_submitted" ? { F: null, band: null } : { F, band };
}

/** Where a result is counted in a summary: its band only when evaluated; otherwise under its status. */
export type SummaryKey = Band | "nothing_received" | "not_submitted";
export function summaryKey(status: ResultStatus, band: Band): SummaryKey {
  return status === "evaluated" ? band : status;
}

/**
 * Ranking groups: evaluated bodies are ranked by F; bodies that received nothing are listed apart
 * after them; non-submitters are not ranked at all.
 */
export function rankGroup(status: ResultStatus): 0 | 1 | 2 {
  return status === "evaluated" ? 0 : status === "nothing_received" ? 1 : 2;
}

/** Ranks rows: group first (see rankGroup), then F descending; `rank` is null outside the evaluated group. */
export function rankResults<T extends { status: ResultStatus; F: number | null }>(
  rows: readonly T[],
): (T & { rank: number | null })[] {
  const sorted = [...rows].sort((a, b) => rankGroup(a.status) - rankGroup(b.status) || (b.F ?? -1) - (a.F ?? -1));
  let rank = 0;
  return sorted.map((r) => ({ ...r, rank: r.status === "evaluated" ? ++rank : null }));
}

export function isResultStatus(value: unknown): value is ResultStatus {
  return typeof value === "string" && (RESULT_STATUSES as readonly string[]).includes(value);
}
