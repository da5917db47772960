/**
 * What one labelling run computes per item, as plain data in and out: the analysis of a quarter's
 * items in order (campaign copies inherit their root's labels), turned into automatic-label rows.
 * No database here, so the same code runs in the web process and in the analysis worker thread
 * (analysis-thread.ts) and gives the same rows bit for bit.
 */
import { createHash } from "node:crypto";
import {
  contentStems,
  createAnalyser,
  type CampaignGroup,
  type ItemAnalysis,
  type PreparedText,
} from "../../../domain/analysis/index.ts";
import { DEFAULT_MODELS } from "../../../domain/analysis/default-models.ts";
import type { ItemKind } from "../../db/enums.ts";
import type { StoredTerm } from "../../db/schema-analysis.ts";
import type { AutomaticLabel, ItemToLabel } from "../../repositories/analysis-labels.repository.ts";

const TERMS_PER_ITEM = 12;

let cachedVersion: string | undefined;
/** Names of the shipped models plus a hash of their weights: a retrained model is a new version. */
export function modelVersion(): string {
  if (!cachedVersion) {
    const models = Object.values(DEFAULT_MODELS);
    const hash = createHash("sha256").update(JSON.stringify(models)).digest("hex").slice(0, 12);
    cachedVersion = `${models.map((m) => m.name).join("+")}#${hash}`;
  }
  return cachedVersion;
}

/** One quarter's analysis: items must arrive in (received_at, id) order so a campaign's earliest letter is its root. */
export interface QuarterLabeller {
  label(items: ItemToLabel[]): AutomaticLabel[];
  campaigns(): CampaignGroup[];
}

export function createQuarterLabeller(bodyId: string): QuarterLabeller {
  const analyser = createAnalyser();
  const version = modelVersion();
  // A form letter is one text: its copies take the labels of the group's first letter, so a
  // campaign lands in one topic instead of being scattered by small edits. Kept per root only.
  const roots = new Map<string, InheritedLabels>();
  return {
    label: (items) =>
      items.map((item) => {
        const { analysis, prepared } = analyser.analyseWithText(String(item.id), item.text);
        if (analysis.duplicateOf === null) roots.set(analysis.id, inheritable(analysis));
        else Object.assign(analysis, roots.get(analysis.duplicateOf));
        return toLabelRow(bodyId, item, analysis, prepared, version);
      }),
    campaigns: () => analyser.campaigns(),
  };
}

type InheritedLabels = Pick<ItemAnalysis, "kind" | "appealType" | "sentiment" | "topic" | "confidence">;

function inheritable(a: ItemAnalysis): InheritedLabels {
  return { kind: a.kind, appealType: a.appealType, sentiment: a.sentiment, topic: a.topic, confidence: a.confidence };
}

/** Labels one item on its own (no campaign grouping): used when a person corrects an unlabelled item. */
export function labelOne(bodyId: string, item: ItemToLabel): AutomaticLabel {
  const { analysis, prepared } = createAnalyser({ groupDuplicates: false }).analyseWithText(String(item.id), item.text);
  return toLabelRow(bodyId, item, analysis, prepared, modelVersion());
}

function toLabelRow(
  bodyId: string,
  item: ItemToLabel,
  a: ItemAnalysis,
  prepared: PreparedText,
  version: string,
): AutomaticLabel {
  return {
    itemId: item.id,
    bodyId,
    receivedAt: item.receivedAt,
    lang: a.lang,
    langConfidence: a.confidence.lang,
    kind: a.kind,
    kindConfidence: a.confidence.kind,
    appealType: a.appealType,
    appealTypeConfidence: a.confidence.appealType,
    sentiment: a.sentiment,
    sentimentConfidence: a.confidence.sentiment,
    topic: a.topic,
    topicConfidence: a.confidence.topic,
    terms: itemTerms(prepared),
    // A group's members point at its root; the root itself is known from analysis_campaigns.
    duplicateOf: a.duplicateOf === null ? null : Number(a.duplicateOf),
    duplicateSimilarity: a.duplicateSimilarity,
    minConfidence: reviewConfidence(item.kind, a),
    modelVersion: version,
  };
}

/** The labels that matter for an item's kind: portal items by kind, appeals by appeal type. */
function reviewConfidence(kind: ItemKind, a: ItemAnalysis): number {
  const c = a.confidence;
  const own = kind === "appeal" ? c.appealType : kind === "social_comment" ? 1 : c.kind;
  return Math.min(own, c.sentiment, c.topic);
}

function itemTerms(prepared: PreparedText): StoredTerm[] {
  const seen = new Set<string>();
  const out: StoredTerm[] = [];
  for (const t of contentStems(prepared)) {
    if (seen.has(t.stem)) continue;
    seen.add(t.stem);
    out.push([t.stem, t.word, t.lang]);
    if (out.length === TERMS_PER_ITEM) break;
  }
  return out;
}
