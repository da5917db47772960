/**
 * The quarterly analysis of a body (§14, §17): volumes by channel and kind, languages, sentiment
 * per week, the topic map with its trend against the previous quarter, campaigns, the draft §17
 * topic list and draft recommendations. Every number can be opened as a list of items through
 * list-analysis-items.ts with the same filters.
 */
import { redactText } from "../../../domain/privacy/redact-text.ts";
import { proposeConferenceTopics, trackTopics, type TopicTrend } from "../../../domain/analysis/index.ts";
import type { ConferenceTopic } from "../../../domain/analysis/topics.ts";
import type { Actor, AppContext } from "../../context.ts";
import { notFound } from "../../errors.ts";
import { authorize } from "../../policies/policy.ts";
import { findBody } from "../../repositories/body.repository.ts";
import {
  countByChannelAndKind,
  countByLabel,
  countSentimentByWeek,
  listCampaigns,
  type CampaignRow,
} from "../../repositories/analysis-report.repository.ts";
import type { Channel, ItemKind } from "../../db/enums.ts";
import { draftRecommendations, type Recommendation } from "../../../domain/analysis/draft-recommendations.ts";
import { quarterTopics, scopeKinds, type Scope } from "./quarter-topics.ts";
import { formatQuarter, previousQuarter, quarterBounds, quarterDates, type Quarter } from "./quarters.ts";
import { modelVersion } from "./label-items.ts";
import { alignPrevious } from "../../../domain/analysis/topic-catalog.ts";
import { listDrafts, listStoredTopics, type DraftRow } from "../../repositories/analysis-topics.repository.ts";

interface TopicOut {
  key: string;
  category: string;
  label: { kk: string; ru: string; en: string };
  terms: { kk: string[]; ru: string[]; en: string[] };
  size: number;
  distinct: number;
  negativeShare: number;
  trend: TopicTrend["status"];
  previousSize: number;
  /** Named by the officer (kept from quarter to quarter) rather than labelled by its words. */
  named: boolean;
}

export interface QuarterlyAnalysis {
  bodyId: string;
  period: string;
  dates: { from: string; to: string };
  previousPeriod: string;
  scope: Scope;
  coverage: { items: number; labelled: number; modelVersion: string };
  volumes: { channel: Channel; kind: ItemKind; items: number }[];
  languages: { lang: string; items: number }[];
  sentiment: { negative: number; neutral: number; positive: number };
  sentimentByWeek: { week: string; negative: number; neutral: number; positive: number }[];
  topics: TopicOut[];
  /** Topics of the previous quarter with no item this quarter. */
  goneTopics: { key: string; label: { kk: string; ru: string; en: string }; previousSize: number }[];
  campaigns: { groups: number; items: number; top: (Omit<CampaignRow, "sampleText"> & { sampleText: string })[] };
  conferenceTopics: ConferenceTopic[];
  recommendations: Recommendation[];
  /** The officer's saved edit of the drafts, per document language (what §15 submission starts from). */
  savedDrafts: DraftRow[];
}

const SAMPLE_CHARS = 280;
const clip = (text: string) => (text.length > SAMPLE_CHARS ? `${text.slice(0, SAMPLE_CHARS)}…` : text);

export async function readQuarterlyAnalysis(
  ctx: AppContext,
  actor: Actor,
  bodyId: string,
  quarter: Quarter,
  scope: Scope = "s14",
): Promise<QuarterlyAnalysis> {
  const db = ctx.database.db;
  const body = await findBody(db, bodyId);
  if (!body) throw notFound("state body");
  authorize(actor, "analysis.read", bodyId);
  const bounds = quarterBounds(quarter);
  const scoped = { bodyId, ...bounds, kinds: scopeKinds(scope) };
  const period = formatQuarter(quarter);

  // Every figure follows the scope switch (volumes and coverage too), so "N analysed" counts the
  // same items the charts and topics are drawn from; campaigns are per body and quarter.
  const stored = await listStoredTopics(db, bodyId);
  const [volumes, languages, sentiments, weeks, topics, previousRaw, campaigns, savedDrafts] = await Promise.all([
    countByChannelAndKind(db, scoped),
    countByLabel(db, scoped, "lang"),
    countByLabel(db, scoped, "sentiment"),
    countSentimentByWeek(db, scoped),
    quarterTopics(db, bodyId, quarter, scope, stored),
    quarterTopics(db, bodyId, previousQuarter(quarter), scope, stored),
    listCampaigns(db, bodyId, period, 20),
    listDrafts(db, bodyId, period),
  ]);
  const previous = alignPrevious(previousRaw, topics);

  const trends = trackTopics(previous, topics);
  const trendByKey = new Map(trends.map((t) => [t.key, t]));
  const byWeek = new Map<string, { week: string; negative: number; neutral: number; positive: number }>();
  for (const w of weeks) {
    const row =
      byWeek.get(w.week) ?? byWeek.set(w.week, { week: w.week, negative: 0, neutral: 0, positive: 0 }).get(w.week)!;
    if (w.sentiment === "negative" || w.sentiment === "neutral" || w.sentiment === "positive")
      row[w.sentiment] += w.items;
  }
  const sentiment = { negative: 0, neutral: 0, positive: 0 };
  for (const s of sentiments) if (s.value in sentiment) sentiment[s.value as keyof typeof sentiment] += s.items;

  return {
    bodyId,
    period,
    dates: quarterDates(quarter),
    previousPeriod: formatQuarter(previousQuarter(quarter)),
    scope,
    coverage: {
      items: volumes.reduce((a, v) => a + v.items, 0),
      labelled: volumes.reduce((a, v) => a + v.labelled, 0),
      modelVersion: modelVersion(),
    },
    volumes: volumes.map(({ channel, kind, items }) => ({ channel, kind, items })),
    languages: languages.map((l) => ({ lang: l.value, items: l.items })),
    sentiment,
    sentimentByWeek: [...byWeek.values()],
    topics: topics.map((t) => ({
      key: t.key,
      category: t.category,
      label: t.label,
      terms: t.terms,
      size: t.size,
      distinct: t.distinct,
      negativeShare: round3(t.negativeShare),
      trend: trendByKey.get(t.key)!.status,
      previousSize: trendByKey.get(t.key)!.previousSize,
      named: t.named === true,
    })),
    goneTopics: trends
      .filter((t) => t.size === 0)
      .map((t) => ({ key: t.key, label: t.label, previousSize: t.previousSize })),
    campaigns: {
      groups: campaigns.total,
      items: campaigns.items,
      // Redacted before it is cut, so an IIN or phone split by the cut cannot slip through half-masked.
      top: campaigns.groups.map((g) => ({ ...g, sampleText: clip(redactText(g.sampleText)) })),
    },
    conferenceTopics: proposeConferenceTopics(topics, trends).map((c) => ({
      ...c,
      negativeShare: round3(c.negativeShare),
    })),
    recommendations: draftRecommendations(topics, trends, campaigns.groups),
    savedDrafts,
  };
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
