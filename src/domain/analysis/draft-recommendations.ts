/**
 * Draft recommendations (§14) from the quarter's most negative problem topics and its largest
 * campaigns: deterministic text from the kk/ru/en templates, which the official edits before it
 * goes to the head of the body (§15). No model writes prose here, so nothing is invented.
 */
import type { Topic, TopicTrend } from "./index.ts";
import { analysisMessages } from "../../i18n/messages/analysis.ts";
import { LOCALES, translate, type Locale } from "../../i18n/index.ts";
import { kazakhstanDate } from "../time/kazakhstan-time.ts";

export interface Recommendation {
  key: string;
  topicKey: string | null;
  campaignRootId: number | null;
  /** The items it comes from, first ones (a topic's distinct items before its duplicates; a campaign's root). */
  itemIds: number[];
  /** How many items it rests on. */
  size: number;
  text: Record<Locale, string>;
}

/** How many items a recommendation cites by number. */
const CITED_ITEMS = 5;

/** A topic becomes a recommendation when at least half its items are negative. */
const NEGATIVE_SHARE = 0.5;
/** A campaign this large gets its own recommendation. */
export const LARGE_CAMPAIGN = 10;

export function draftRecommendations(
  topics: readonly Topic[],
  trends: readonly TopicTrend[],
  campaigns: readonly { rootItemId: number; size: number; firstReceivedAt: Date }[],
  limit = 5,
): Recommendation[] {
  const status = new Map(trends.map((t) => [t.key, t.status]));
  const negative = topics
    .filter((t) => t.category !== "other" && t.size >= 2 && t.negativeShare >= NEGATIVE_SHARE)
    .sort((a, b) => b.size * b.negativeShare - a.size * a.negativeShare || a.key.localeCompare(b.key))
    .slice(0, limit);
  const out: Recommendation[] = negative.map((t) => {
    const s = status.get(t.key);
    const text = perLocale((locale) =>
      translate(analysisMessages, locale, "recommendation.topic", {
        topic: t.label[locale],
        size: t.size,
        negative: Math.round(t.negativeShare * 100),
        trend: s === "new" || s === "growing" ? translate(analysisMessages, locale, `recommendation.trend.${s}`) : "",
      }),
    );
    return { key: `topic:${t.key}`, topicKey: t.key, campaignRootId: null, itemIds: citedItems(t), size: t.size, text };
  });
  for (const c of campaigns.filter((g) => g.size >= LARGE_CAMPAIGN).slice(0, 3)) {
    const date = kzDate(c.firstReceivedAt);
    out.push({
      key: `campaign:${c.rootItemId}`,
      topicKey: null,
      campaignRootId: c.rootItemId,
      itemIds: [c.rootItemId],
      size: c.size,
      text: perLocale((locale) =>
        translate(analysisMessages, locale, "recommendation.campaign", { size: c.size, date }),
      ),
    });
  }
  return out;
}

function citedItems(t: Topic): number[] {
  return t.itemIds
    .map(Number)
    .filter(Number.isFinite)
    .sort((a, b) => a - b)
    .slice(0, CITED_ITEMS);
}

function perLocale(make: (locale: Locale) => string): Record<Locale, string> {
  return Object.fromEntries(LOCALES.map((l) => [l, make(l)])) as Record<Locale, string>;
}

/** dd.mm.yyyy in Kazakhstan's time (UTC+5). */
export function kzDate(instant: Date): string {
  const [y, m, d] = kazakhstanDate(instant).split("-");
  return `${d}.${m}.${y}`;
}
