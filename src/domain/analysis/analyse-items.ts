/**
 * The first pass over feedback: for each item its language, kind (comment / remark / proposal,
 * definition 8), appeal type, sentiment, topic category and campaign group, each with a confidence.
 * An analyser is stateful only for duplicate grouping (items are compared with those before them),
 * so a stream of items is analysed in one pass with bounded memory.
 *
 * A caller that needs only some labels names them (`tasks`) and pays only for those models.
 */
import { createFeatureBuffer, extractFeatures, extractFeaturesInto } from "./features.ts";
import { createLabeller, type Labeller, type LabellerConfig } from "./labeller.ts";
import { CampaignGrouper, type CampaignGroup, type MinHashOptions } from "./minhash.ts";
import { compileModelSet, type ModelSet } from "./model-set.ts";
import { prepareText, type PreparedText } from "./prepare-text.ts";
import { DEFAULT_MODELS } from "./default-models.ts";
import type { Language, Script } from "./detect-language.ts";
import {
  TASKS,
  type AppealType,
  type Kind,
  type Sentiment,
  type TaskName,
  type TopicCategory,
} from "./training/dataset.ts";

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

/** The field of ItemAnalysis (and of its confidence) that each task fills. */
const FIELD = { kind: "kind", appeal: "appealType", sentiment: "sentiment", topic: "topic" } as const satisfies Record<
  TaskName,
  string
>;
type FieldOf<T extends TaskName> = (typeof FIELD)[T];
type Skipped<T extends TaskName> = FieldOf<Exclude<TaskName, T>>;

/** An analysis holding only the labels of tasks T (language and duplicates are always there). */
export type ItemAnalysisOf<T extends TaskName> = Omit<ItemAnalysis, Skipped<T> | "confidence" | "labellers"> & {
  confidence: Omit<ItemAnalysis["confidence"], Skipped<T>>;
  labellers: Pick<Record<TaskName, string>, T>;
};

export interface AnalyserConfig {
  /** Replace any task's labeller (e.g. `{ type: "onnx", path: … }` once such a factory is registered). */
  labellers?: Partial<Record<TaskName, LabellerConfig>>;
  duplicates?: Partial<MinHashOptions>;
  /** Skip duplicate grouping (e.g. when re-labelling one item). */
  groupDuplicates?: boolean;
  /** The labels to produce; all four when absent. Language and duplicate grouping always run. */
  tasks?: readonly TaskName[];
}

export interface Analyser<A = ItemAnalysis> {
  analyse(id: string, text: string): A;
  /** Analysis plus the prepared text, for callers that go on to topics. */
  analyseWithText(id: string, text: string): { analysis: A; prepared: PreparedText };
  campaigns(): CampaignGroup[];
}

const ALL_TASKS = Object.keys(TASKS) as TaskName[];
// analyseWithText writes the label fields by position in this order (ItemAnalysis's field order).
if (ALL_TASKS.join() !== "kind,appeal,sentiment,topic") throw new Error(`unexpected task order ${ALL_TASKS.join()}`);

// Compiling a fused table takes milliseconds and the label job creates an analyser per quarter
// (and one per corrected item), so tables are shared per set of shipped models.
const modelSets = new Map<string, ModelSet>();
function shippedModelSet(tasks: readonly TaskName[]): ModelSet {
  const key = tasks.join(",");
  let set = modelSets.get(key);
  if (!set) {
    for (const t of tasks)
      if (DEFAULT_MODELS[t].task !== t)
        throw new Error(`model ${DEFAULT_MODELS[t].name} is for ${DEFAULT_MODELS[t].task}, shipped for ${t}`);
    modelSets.set(key, (set = compileModelSet(tasks.map((t) => DEFAULT_MODELS[t]))));
  }
  return set;
}

export function createAnalyser(config?: AnalyserConfig & { tasks?: undefined }): Analyser;
export function createAnalyser<T extends TaskName>(
  config: AnalyserConfig & { tasks: readonly T[] },
): Analyser<ItemAnalysisOf<T>>;
export function createAnalyser(config: AnalyserConfig = {}): Analyser<ItemAnalysisOf<TaskName>> {
  // Canonical order, whatever order the caller gave: it fixes the field order of every result.
  const tasks = ALL_TASKS.filter((t) => (config.tasks ?? ALL_TASKS).includes(t));
  const custom = tasks.filter((t) => config.labellers?.[t] !== undefined);
  const shipped = tasks.filter((t) => config.labellers?.[t] === undefined);
  const labellers = new Map<TaskName, Labeller>(custom.map((t) => [t, createLabeller(config.labellers![t]!, t)]));
  const models = shipped.length ? shippedModelSet(shipped) : null;
  const grouper = config.groupDuplicates === false ? null : new CampaignGrouper(config.duplicates);
  const names = Object.fromEntries(tasks.map((t) => [t, labellers.get(t)?.name ?? DEFAULT_MODELS[t].name])) as Record<
    TaskName,
    string
  >;
  // Per task: where its label comes from (index into the model set, or -1 for a custom labeller).
  const slot = tasks.map((t) => shipped.indexOf(t));
  // Per task of ALL_TASKS (kind, appeal, sentiment, topic): asked for, and the last label/confidence.
  const wants = ALL_TASKS.map((t) => tasks.includes(t));
  const position = tasks.map((t) => ALL_TASKS.indexOf(t));
  const label: string[] = ALL_TASKS.map(() => "");
  const score = new Float64Array(ALL_TASKS.length);
  const buffer = createFeatureBuffer();
  const noDuplicate = { duplicateOf: null, similarity: 0 };

  function analyseWithText(id: string, text: string) {
    const prepared = prepareText(text);
    const features = extractFeaturesInto(prepared, text, buffer);
    if (models) models.predict(features.idx, features.val, features.n);
    // Custom labellers keep the documented input: a fresh feature vector of their own.
    const input = labellers.size ? { text, prepared, features: extractFeatures(prepared, text) } : null;
    const dup = grouper ? grouper.add(id, prepared.canonical) : noDuplicate;
    for (let k = 0; k < tasks.length; k++) {
      const t = position[k]!;
      const m = slot[k]!;
      if (m >= 0) {
        label[t] = models!.models[m]!.labels[models!.best[m]!]!;
        score[t] = models!.confidence[m]!;
      } else {
        const prediction = labellers.get(tasks[k]!)!.label(input!);
        label[t] = prediction.label;
        score[t] = prediction.confidence;
      }
    }
    // Fields are added in ItemAnalysis's order, so JSON output reads as it always has; named
    // stores under fixed conditions keep every result of one analyser in one object shape.
    const analysis: Record<string, unknown> = { id, lang: prepared.language.lang, script: prepared.language.script };
    const confidence: Record<string, number> = { lang: round3(prepared.language.confidence) };
    if (wants[0]) {
      analysis.kind = label[0];
      confidence.kind = round3(score[0]!);
    }
    if (wants[1]) {
      analysis.appealType = label[1];
      confidence.appealType = round3(score[1]!);
    }
    if (wants[2]) {
      analysis.sentiment = label[2];
      confidence.sentiment = round3(score[2]!);
    }
    if (wants[3]) {
      analysis.topic = label[3];
      confidence.topic = round3(score[3]!);
    }
    analysis.duplicateOf = dup.duplicateOf;
    analysis.duplicateSimilarity = dup.similarity;
    analysis.confidence = confidence;
    analysis.labellers = names;
    return { analysis: analysis as unknown as ItemAnalysisOf<TaskName>, prepared };
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
