/**
 * The portal's front page: in-scope bodies (§1) with each one's latest published indicator, the
 * regions for the filter, and how the shown bodies spread over the §23 bands.
 */
import type { AppContext } from "../../context.ts";
import type { Locale } from "../../../i18n/index.ts";
import { summaryKey } from "../../../domain/evaluation/result-status.ts";
import { listRegions, type RegionRow } from "../../repositories/body.repository.ts";
import {
  listPortalBodies as selectPortalBodies,
  type PortalBodyFilter,
  type PortalBodyListRow,
} from "../../repositories/portal.repository.ts";

/** Bands count only evaluated results; the §22 default and non-submitters are counted apart (result-status.ts). */
export const DISTRIBUTION_KEYS = [
  "high",
  "medium",
  "low",
  "ineffective",
  "nothing_received",
  "not_submitted",
  "none",
] as const;
type DistributionKey = (typeof DISTRIBUTION_KEYS)[number];

export interface PortalBodyList {
  rows: PortalBodyListRow[];
  regions: RegionRow[];
  distribution: Record<DistributionKey, number>;
}

const NAME = { kk: "nameKk", ru: "nameRu", en: "nameEn" } as const;

/**
 * Sorted by kind, then by the name in the reader's language with that language's collation: the
 * database orders by code point, which puts Ә, Ғ, Қ, Ө, Ұ after Э instead of after А, Г, К, О, У.
 */
export function sortForReader<T extends { body: { kind: string; nameKk: string; nameRu: string; nameEn: string } }>(
  rows: T[],
  locale: Locale,
): T[] {
  const collator = new Intl.Collator(locale);
  const name = NAME[locale];
  return [...rows].sort((a, b) =>
    a.body.kind === b.body.kind ? collator.compare(a.body[name], b.body[name]) : a.body.kind < b.body.kind ? -1 : 1,
  );
}

export async function listPortalBodies(
  ctx: AppContext,
  filter: PortalBodyFilter,
  locale: Locale = "kk",
): Promise<PortalBodyList> {
  const [selected, regions] = await Promise.all([
    selectPortalBodies(ctx.database.db, filter),
    listRegions(ctx.database.db),
  ]);
  const rows = sortForReader(selected, locale);
  const distribution: Record<DistributionKey, number> = {
    high: 0,
    medium: 0,
    low: 0,
    ineffective: 0,
    nothing_received: 0,
    not_submitted: 0,
    none: 0,
  };
  for (const row of rows) {
    const latest = row.latest;
    const band = latest?.band;
    const key: DistributionKey = !latest
      ? "none"
      : latest.status !== "evaluated"
        ? (summaryKey(latest.status, "high") as DistributionKey)
        : band === "high" || band === "medium" || band === "low" || band === "ineffective"
          ? band
          : "none";
    distribution[key]++;
  }
  return { rows, regions, distribution };
}
