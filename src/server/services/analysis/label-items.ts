/**
 * The first pass over a body's feedback: language, kind, appeal type, sentiment, topic and campaign
 * group for every item, written as automatic labels. Campaigns are grouped within a quarter, so the
 * range is widened to whole quarters and each quarter is streamed from its first item: a re-run
 * gives the same groups and, for unchanged items, writes nothing (idempotent). People's corrections
 * are in other columns and survive every run.
 */
import { createHash } from "node:crypto";
import { contentStems, createAnalyser, type ItemAnalysis, type PreparedText } from "../../../domain/analysis/index.ts";
import { DEFAULT_MODELS } from "../../../domain/analysis/default-models.ts";
import { transaction, type AppContext } from "../../context.ts";
import type { ItemKind } from "../../db/enums.ts";
import type { StoredTerm } from "../../db/index.ts";
import {
  replaceCampaigns, streamItemsToLabel, upsertAutomaticLabels, type AutomaticLabel, type ItemToLabel,
} from "../../repositories/analysis-labels.repository.ts";
import { formatQuarter, quarterBounds, quartersBetween } from "./quarters.ts";

export const LABEL_BATCH = 5_000;
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

export interface LabelRun { quarters: string[]; items: number; changed: number; campaigns: number; ms: number }

export async function labelItems(
  ctx: AppContext, input: { bodyId: string; from: string; to: string }, options: { batchSize?: number } = {},
): Promise<LabelRun> {
  const started = Date.now();
  const run: LabelRun = { quarters: [], items: 0, changed: 0, campaigns: 0, ms: 0 };
  const version = modelVersion();
  for (const quarter of quartersBetween(input.from, input.to)) {
    const bounds = quarterBounds(quarter);
    const analyser = createAnalyser();
    // A form letter is one text: its copies take the labels of the group's first letter, so a
    // campaign lands in one topic instead of being scattered by small edits. Kept per root only.
    const roots = new Map<string, InheritedLabels>();
    for await (const batch of streamItemsToLabel(ctx.database.db, input.bodyId, bounds.from, bounds.before, options.batchSize ?? LABEL_BATCH)) {
      const rows = batch.map((item) => {
        const { analysis, prepared } = analyser.analyseWithText(String(item.id), item.text);
        if (analysis.duplicateOf === null) roots.set(analysis.id, inheritable(analysis));
        else Object.assign(analysis, roots.get(analysis.duplicateOf));
        return toLabelRow(input.bodyId, item, analysis, prepared, version);
      });
      run.changed += await upsertAutomaticLabels(ctx.database.db, rows);
      run.items += rows.length;
    }
    const groups = analyser.campaigns().map((g) => ({ rootItemId: Number(g.rootId), size: g.size }));
    await transaction(ctx, (tx) => replaceCampaigns(tx, input.bodyId, formatQuarter(quarter), groups));
    run.campaigns += groups.length;
    run.quarters.push(formatQuarter(quarter));
  }
  run.ms = Date.now() - started;
  ctx.log.info({ bodyId: input.bodyId, ...run }, "analysis labels written");
  return run;
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

function toLabelRow(bodyId: string, item: ItemToLabel, a: ItemAnalysis, prepared: PreparedText, version: string): AutomaticLabel {
  return {
    itemId: item.id, bodyId, receivedAt: item.receivedAt,
    lang: a.lang, langConfidence: a.confidence.lang,
    kind: a.kind, kindConfidence: a.confidence.kind,
    appealType: a.appealType, appealTypeConfidence: a.confidence.appealType,
    sentiment: a.sentiment, sentimentConfidence: a.confidence.sentiment,
    topic: a.topic, topicConfidence: a.confidence.topic,
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
