/**
 * §20: the body's information for the authorised body, from Pikir's own record, with the items
 * behind every number. The figures come from the same source as the live indicator and the
 * "recorded" side of an evaluation round, so the three never disagree.
 */
import { buildSubmissionModel, type AnnexItem } from "../../../domain/reports/build-submission-model.ts";
import { listFeedbackItems } from "../../repositories/feedback-item.repository.ts";
import { listDialogueEvents, listMediaWork } from "../../repositories/evidence.repository.ts";
import { computeRecordedIndicators } from "../indicators/recorded-indicator.ts";
import { listFollowThroughsOfItems } from "../../repositories/follow-through.repository.ts";
import { FOLLOW_THROUGH_PARAGRAPH } from "../../../domain/followthrough/follow-through.ts";
import { bodyReport, within } from "./report-scope.ts";

/** Per kind; beyond it the annex says how many items it leaves out. */
const ANNEX_LIMIT = 5_000;

export const buildSubmissionReport = bodyReport(async ({ ctx, bodyId, body, period, periodLabel, locale, today }) => {
  const db = ctx.database.db;
  const range = { bodyId, receivedFrom: period.bounds.from, receivedBefore: period.bounds.before };
  const page = { limit: ANNEX_LIMIT, offset: 0 };
  const [[recorded], remarks, proposals, comments, events, media] = await Promise.all([
    computeRecordedIndicators(db, period, [bodyId]),
    listFeedbackItems(db, { ...range, kind: "remark" }, page),
    listFeedbackItems(db, { ...range, kind: "proposal" }, page),
    listFeedbackItems(db, { ...range, kind: "comment" }, page),
    listDialogueEvents(db, bodyId),
    listMediaWork(db, bodyId),
  ]);
  const annex: AnnexItem[] = [...remarks.items, ...proposals.items, ...comments.items]
    .sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime() || a.id - b.id)
    .map((i) => ({
      id: i.id,
      kind: i.kind as AnnexItem["kind"],
      channel: i.channel,
      receivedAt: i.receivedAt,
      outcome: i.decision?.outcome ?? null,
      reference: i.decision?.referenceText ?? null,
      answered: i.answer !== null,
    }));
  // §8, §13, §19: where the period's accepted proposals went, and the use of dialogue questions (comments).
  const links = await listFollowThroughsOfItems(
    db,
    annex.map((i) => i.id),
  );
  return buildSubmissionModel({
    locale,
    generatedOn: today,
    body,
    period,
    periodLabel,
    figures: recorded!.figures,
    openAccess: recorded!.openAccess,
    explanation: recorded!.result.explanation,
    dialogueEvents: events.filter((e) => within(e.startsOn, period)).reverse(),
    mediaWork: media.filter((m) => within(m.happenedOn, period)).reverse(),
    annex,
    annexTotal: remarks.total + proposals.total + comments.total,
    followThrough: links.map((l) => ({
      itemId: l.itemId,
      kind: l.kind,
      paragraph: FOLLOW_THROUGH_PARAGRAPH[l.kind],
      documentDate: l.documentDate,
      documentTitle: l.documentTitle,
      documentNumber: l.documentNumber,
      documentUrl: l.documentUrl,
    })),
  });
});
