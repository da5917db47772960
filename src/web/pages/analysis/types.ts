/** Shapes of the quarterly analysis API (src/server/http/analysis/analysis.schema.ts), as the UI reads them. */
import type { Channel, ItemKind } from "../../types.ts";
// The label values are the domain's (pure constants, no I/O), so the screen offers exactly what the server accepts.
import { APPEAL_TYPES, KINDS, SENTIMENTS, TOPIC_CATEGORIES } from "../../../domain/analysis/training/dataset.ts";

export { SENTIMENTS };

export type Trilingual = { kk: string; ru: string; en: string };
export type Trend = "new" | "growing" | "stable" | "fading";
export type Scope = "s14" | "all";

export const LABEL_FIELDS = ["kind", "sentiment", "topic", "appealType", "lang"] as const;
export type LabelField = (typeof LABEL_FIELDS)[number];
export type Sentiment = (typeof SENTIMENTS)[number];

/** The values a person may set for each label (as src/server/services/analysis/correct-label.ts accepts). */
export const LABEL_VALUES: Record<LabelField, readonly string[]> = {
  kind: KINDS,
  sentiment: SENTIMENTS,
  topic: TOPIC_CATEGORIES,
  appealType: APPEAL_TYPES,
  lang: ["kk", "ru", "en", "mixed"],
};

/** The catalog prefix that names each label's values. */
export const VALUE_PREFIX: Record<LabelField, string> = {
  kind: "kind",
  sentiment: "sentiment",
  topic: "topicCategory",
  appealType: "appealType",
  lang: "itemLang",
};

export interface Analysis {
  bodyId: string;
  period: string;
  dates: { from: string; to: string };
  previousPeriod: string;
  scope: Scope;
  coverage: { items: number; labelled: number; modelVersion: string };
  volumes: { channel: Channel; kind: ItemKind; items: number }[];
  languages: { lang: string; items: number }[];
  sentiment: Record<Sentiment, number>;
  sentimentByWeek: ({ week: string } & Record<Sentiment, number>)[];
  topics: {
    key: string;
    category: string;
    label: Trilingual;
    terms: Record<"kk" | "ru" | "en", string[]>;
    size: number;
    distinct: number;
    negativeShare: number;
    trend: Trend;
    previousSize: number;
    named: boolean;
  }[];
  goneTopics: { key: string; label: Trilingual; previousSize: number }[];
  campaigns: {
    groups: number;
    items: number;
    top: { rootItemId: number; size: number; sampleText: string; lang: string; firstReceivedAt: string }[];
  };
  conferenceTopics: { key: string; title: Trilingual; size: number; negativeShare: number; status: Trend | null }[];
  recommendations: {
    key: string;
    topicKey: string | null;
    campaignRootId: number | null;
    itemIds: number[];
    size: number;
    text: Trilingual;
  }[];
  savedDrafts: SavedDrafts[];
}

/** The officer's edit of the drafts saved on the server (PUT /api/bodies/:id/analysis/drafts/:lang). */
export interface SavedDrafts {
  lang: "kk" | "ru" | "en";
  topics: string[];
  recommendations: string[];
  updatedAt: string;
}

export interface Label {
  lang: string;
  kind: string;
  appealType: string;
  sentiment: string;
  topic: string;
  confidence: Record<LabelField, number>;
  automatic: Record<LabelField, string>;
  reviewed: LabelField[];
  duplicateOf: number | null;
  minConfidence: number;
  modelVersion: string;
  labelledAt: string;
  reviewedAt: string | null;
}

export interface AnalysisItem {
  id: number;
  channel: Channel;
  kind: ItemKind;
  text: string;
  receivedAt: string;
  label: Label | null;
}

/** What a number of the analysis counts: the filter of GET /api/bodies/:id/analysis/items. */
export interface ItemsFilter {
  topic?: string;
  sentiment?: Sentiment;
  appealType?: string;
  campaign?: number;
  channel?: Channel;
  kind?: ItemKind;
  itemLang?: string;
  week?: string;
}

/** GET /api/bodies/:id/analysis/labelling: the latest labelling run (issue 12). */
export interface LabelRunProgress {
  status: "running" | "done" | "failed";
  itemsDone: number;
  itemsTotal: number;
  changed: number;
  startedAt: string;
  updatedAt: string;
}
export interface RunAnswer {
  jobId: string | null;
  status: "queued" | "already_queued" | "done";
  items: number | null;
}
