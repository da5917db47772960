/** Turns labelled items into the hashed feature vectors the labellers read (the quality test scores them). */
import { extractFeatures, type FeatureVector } from "../features.ts";
import { prepareText } from "../prepare-text.ts";
import type { LabelledItem } from "./dataset.ts";

export function featuresOf(items: readonly LabelledItem[]): FeatureVector[] {
  return items.map((it) => extractFeatures(prepareText(it.text), it.text));
}
