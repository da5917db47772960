/**
 * A person corrects an automatic label. The correction is kept (analysis_corrections), audited,
 * and becomes the effective label; no re-run overwrites it. Correcting the kind of an item that
 * counts in F (a comment, remark or proposal) goes through reclassifyItem, so the item's recorded
 * kind — and with it C, G and F — changes under the same rules as a manual reclassification.
 */
import { transaction, type Actor, type AppContext } from "../../context.ts";
import { AppError, notFound } from "../../errors.ts";
import { authorizeUndisclosed } from "../../policies/policy.ts";
import { ANALYSIS_FIELDS, type AnalysisField } from "../../db/index.ts";
import { ITEM_LANGS, type ItemKind } from "../../db/enums.ts";
import { APPEAL_TYPES, KINDS, SENTIMENTS, TOPIC_CATEGORIES } from "../../../domain/analysis/index.ts";
import { findFeedbackItem } from "../../repositories/feedback-item.repository.ts";
import {
  FIELD_COLUMNS,
  findLabel,
  setReviewedValue,
  upsertAutomaticLabels,
  type AnalysisLabelRow,
} from "../../repositories/analysis-labels.repository.ts";
import { insertCorrection, type AnalysisCorrectionRow } from "../../repositories/analysis-corrections.repository.ts";
import { appendAudit } from "../../repositories/audit.repository.ts";
import { reclassifyItem } from "../feedback/reclassify-item.ts";
import { labelOne } from "./label-items.ts";

const CORRECTION_VALUES: Record<AnalysisField, readonly string[]> = {
  kind: KINDS,
  sentiment: SENTIMENTS,
  topic: TOPIC_CATEGORIES,
  appealType: APPEAL_TYPES,
  lang: ITEM_LANGS.filter((l) => l !== "unknown"),
};

/** Item kinds §22 counts (C and G): their kind label is the item's recorded kind. */
const COUNTED_KINDS: ItemKind[] = ["comment", "remark", "proposal"];

export interface CorrectLabelInput {
  field: AnalysisField;
  value: string;
  reason?: string | null;
}

export async function correctLabel(
  ctx: AppContext,
  actor: Actor,
  itemId: number,
  input: CorrectLabelInput,
): Promise<{ label: AnalysisLabelRow; correction: AnalysisCorrectionRow; reclassified: boolean }> {
  const db = ctx.database.db;
  const item = await findFeedbackItem(db, itemId);
  if (!item) throw notFound("feedback item");
  authorizeUndisclosed(actor, "analysis.correct", item.bodyId, "feedback item");
  if (!ANALYSIS_FIELDS.includes(input.field) || !CORRECTION_VALUES[input.field].includes(input.value)) {
    throw new AppError("validation_failed", {
      details: `${input.field}: one of ${CORRECTION_VALUES[input.field]?.join(", ") ?? ANALYSIS_FIELDS.join(", ")}`,
    });
  }

  // Reclassify first: it refuses a kind that no longer fits the item's decision or answer (409),
  // and only body officers and heads may change what counts in F (item.decide).
  const reclassified = input.field === "kind" && COUNTED_KINDS.includes(item.kind);
  if (reclassified) await reclassifyItem(ctx, actor, itemId, input.value as ItemKind);

  if (!(await findLabel(db, itemId))) {
    await upsertAutomaticLabels(db, [
      labelOne(item.bodyId, { id: item.id, text: item.text, kind: item.kind, receivedAt: item.receivedAt }),
    ]);
  }
  return transaction(ctx, async (tx) => {
    const current = (await findLabel(tx, itemId))!;
    const columns = FIELD_COLUMNS[input.field];
    const oldValue = (current[columns.reviewed] ?? current[columns.auto]) as string;
    const now = new Date();
    const correction = await insertCorrection(tx, {
      itemId,
      bodyId: item.bodyId,
      field: input.field,
      oldValue,
      newValue: input.value,
      reason: input.reason?.trim() || null,
      correctedBy: actor.userId,
      correctedAt: now,
    });
    const label = await setReviewedValue(tx, itemId, input.field, input.value, now);
    await appendAudit(tx, {
      actorId: actor.userId,
      actorLabel: actor.label,
      action: "analysis.correct",
      entity: "feedback_item",
      entityId: String(itemId),
      bodyId: item.bodyId,
      before: { field: input.field, value: oldValue, automatic: current[columns.auto] },
      after: { field: input.field, value: input.value, reason: correction.reason, correctionId: correction.id },
    });
    return { label, correction, reclassified };
  });
}
