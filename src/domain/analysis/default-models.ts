/** The shipped weights (trained by scripts/train-analysis.ts: sentiment on KazSAnDRA + data/dev.jsonl, the rest on data/dev.jsonl; see data/README.md). */
import kind from "./models/kind.json" with { type: "json" };
import appeal from "./models/appeal.json" with { type: "json" };
import sentiment from "./models/sentiment.json" with { type: "json" };
import topic from "./models/topic.json" with { type: "json" };
import type { LinearModelJson } from "./linear-model.ts";
import type { TaskName } from "./training/dataset.ts";

export const DEFAULT_MODELS: Record<TaskName, LinearModelJson> = {
  kind: kind as LinearModelJson,
  appeal: appeal as LinearModelJson,
  sentiment: sentiment as LinearModelJson,
  topic: topic as LinearModelJson,
};
