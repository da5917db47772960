/**
 * The seam between Pikir and whatever model labels a text. Every labeller receives the shared
 * prepared text and features and returns a label with a confidence. The shipped labellers are linear
 * models trained by scripts/train-analysis.ts; another kind (an ONNX model run by onnxruntime, say)
 * is added by registering a factory for its `type` and naming it in the analysis configuration —
 * nothing else changes.
 */
import type { FeatureVector } from "./features.ts";
import { compileLinearModel, type LinearModelJson, type Prediction } from "./linear-model.ts";
import type { PreparedText } from "./prepare-text.ts";
import type { TaskName } from "./training/dataset.ts";

interface LabelInput {
  text: string;
  prepared: PreparedText;
  features: FeatureVector;
}

export interface Labeller {
  readonly name: string;
  readonly task: TaskName;
  readonly labels: readonly string[];
  label(input: LabelInput): Prediction;
}

/** Configuration of one labeller: `type` picks the factory, the rest is the factory's own. */
export type LabellerConfig = { type: "linear"; model: LinearModelJson } | { type: string; [option: string]: unknown };

export type LabellerFactory = (config: LabellerConfig, task: TaskName) => Labeller;

const factories = new Map<string, LabellerFactory>();

export function registerLabellerFactory(type: string, factory: LabellerFactory): void {
  factories.set(type, factory);
}

export function createLabeller(config: LabellerConfig, task: TaskName): Labeller {
  const factory = factories.get(config.type);
  if (!factory)
    throw new Error(`no labeller factory for type "${config.type}" (registered: ${[...factories.keys()].join(", ")})`);
  const labeller = factory(config, task);
  if (labeller.task !== task)
    throw new Error(`labeller ${labeller.name} is for ${labeller.task}, configured for ${task}`);
  return labeller;
}

function linearLabeller(model: LinearModelJson): Labeller {
  const compiled = compileLinearModel(model);
  return {
    name: model.name,
    task: model.task as TaskName,
    labels: model.labels,
    label: ({ features }) => compiled.predict(features),
  };
}

registerLabellerFactory("linear", (config) => linearLabeller((config as { model: LinearModelJson }).model));
