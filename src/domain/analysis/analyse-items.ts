/**
 * The first pass over feedback: for each item its language, kind (comment / remark / proposal,
 * definition 8), appeal type, sentiment, topic category and campaign group, each with a confidence.
 * An analyser is stateful only for duplicate grouping (items are compared with those before them),
 * so a stream of items is analysed in one pass with bounded memory.
 */
import { extractFeatures } from "./features.ts";
import { createLabeller, type Labeller, type LabellerConfig } from "./labeller.ts";
import { CampaignGrouper, type CampaignGroup, type MinHashOptions } from "./minhash.ts";
import { prepareText, type PreparedText } from "./prepare-text.ts";
import { DEFAULT_MODELS } from "./default-models.ts";
import type { Language, Script } from "./detect-language.ts";
import { TASKS, type AppealType, type Kind, type Sentiment, type TaskName, type TopicCategory } from "./training/dataset.ts";

export interface ItemAnalysis {
  id: string;
  lang: Language;
  script: Script;
  kind: Kind;
  appealType: AppealType;
  sentiment: Sentiment;
  topic: TopicCategory;
  /** Id of the first item of this item's campaign group; null for a group's first or a unique item. */
  duplicateOf: string | null;
  duplicateSimilarity: number;
  confidence: { lang: number; kind: number; appealType: number; sentiment: number; topic: number };
  /** Which labeller produced each label (model name), for audit and for the review queue. */
  labellers: Record<TaskName, string>;
}

export interface AnalyserConfig {
  /** Replace any task's labeller (e.g. `{ type: "onnx", path: … }` once such a factory is registered). */
  labellers?: Partial<Record<TaskName, LabellerConfig>>;
  duplicates?: Partial<MinHashOptions>;
  /** Skip duplicate grouping (e.g. when re-labelling one item). */
  groupDuplicates?: boolean;
}

export interface Analyser {
  analyse(id: string, text: string): ItemAnalysis;
  /** Analysis plus the prepared text, for callers that go on to topics. */
  analyseWithText(id: string, text: string): { analysis: ItemAnalysis; prepared: PreparedText };
  campaigns(): CampaignGroup[];
}

export function createAnalyser(config: AnalyserConfig = {}): Analyser {
  const labellers = Object.fromEntries((Object.keys(TASKS) as TaskName[]).map((task) => [
    task,
    createLabeller(config.labellers?.[task] ?? { type: "linear", model: DEFAULT_MODELS[task] }, task),
  ])) as Record<TaskName, Labeller>;
  const grouper = config.groupDuplicates === false ? null : new CampaignGrouper(config.duplicates);
  const names = Object.fromEntries(Object.entries(labellers).map(([t, l]) => [t, l.name])) as Record<TaskName, string>;

  function analyseWithText(id: string, text: string) {
    const prepared = prepareText(text);
    const features = extractFeatures(prepared, text);
    const input = { text, prepared, features };
    const kind = labellers.kind.label(input);
    const appeal = labellers.appeal.label(input);
    const sentiment = labellers.sentiment.label(input);
    const topic = labellers.topic.label(input);
    const dup = grouper ? grouper.add(id, prepared.canonical) : { duplicateOf: null, similarity: 0 };
    const analysis: ItemAnalysis = {
      id,
      lang: prepared.language.lang,
      script: prepared.language.script,
      kind: kind.label as Kind,
      appealType: appeal.label as AppealType,
      sentiment: sentiment.label as Sentiment,
      topic: topic.label as TopicCategory,
      duplicateOf: dup.duplicateOf,
      duplicateSimilarity: dup.similarity,
      confidence: {
        lang: round3(prepared.language.confidence),
        kind: round3(kind.confidence),
        appealType: round3(appeal.confidence),
        sentiment: round3(sentiment.confidence),
        topic: round3(topic.confidence),
      },
      labellers: names,
    };
    return { analysis, prepared };
  }

  return {
    analyseWithText,
    analyse: (id, text) => analyseWithText(id, text).analysis,
    campaigns: () => grouper?.groups() ?? [],
  };
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
