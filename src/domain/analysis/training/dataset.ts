/** The labelled development/test sets (src/domain/analysis/data/*.jsonl; see the README there). */

export const KINDS = ["comment", "remark", "proposal"] as const;
export const APPEAL_TYPES = ["complaint", "proposal", "request", "gratitude", "other"] as const;
export const SENTIMENTS = ["negative", "neutral", "positive"] as const;
export const TOPIC_CATEGORIES = [
  "roads",
  "education",
  "health",
  "utilities",
  "tariffs",
  "transport",
  "budget",
  "lawmaking",
  "social",
  "environment",
  "other",
] as const;
export const LABELLED_LANGUAGES = ["kk", "ru", "en", "mixed"] as const;

export type Kind = (typeof KINDS)[number];
export type AppealType = (typeof APPEAL_TYPES)[number];
export type Sentiment = (typeof SENTIMENTS)[number];
export type TopicCategory = (typeof TOPIC_CATEGORIES)[number];

export interface LabelledItem {
  id: string;
  text: string;
  lang: (typeof LABELLED_LANGUAGES)[number];
  script: "cyrl" | "latn" | "mixed";
  kind: Kind;
  appeal: AppealType;
  sentiment: Sentiment;
  topic: TopicCategory;
}

/** The trained tasks: which field of an item each model predicts, and its label set. */
export const TASKS = {
  kind: KINDS,
  appeal: APPEAL_TYPES,
  sentiment: SENTIMENTS,
  topic: TOPIC_CATEGORIES,
} as const;
export type TaskName = keyof typeof TASKS;

/** Parses a JSONL labelled set, refusing unknown labels (a typo in a label must not train silently). */
export function parseLabelledSet(jsonl: string): LabelledItem[] {
  const items: LabelledItem[] = [];
  jsonl.split("\n").forEach((line, n) => {
    if (!line.trim()) return;
    const item = JSON.parse(line) as LabelledItem;
    const check = (field: string, value: string, allowed: readonly string[]) => {
      if (!allowed.includes(value))
        throw new Error(`line ${n + 1}: ${field} "${value}" is not one of ${allowed.join(", ")}`);
    };
    check("lang", item.lang, LABELLED_LANGUAGES);
    for (const task of Object.keys(TASKS) as TaskName[]) check(task, item[task], TASKS[task]);
    items.push(item);
  });
  return items;
}
