/**
 * F from what Pikir itself recorded (not from a body's own §20 submission): the body's live
 * indicator and the "recorded" side of an evaluation round.
 */
import { computeIndicator, type IndicatorResult } from "../../../domain/evaluation/indicator.ts";
import { rulesFor } from "../../../domain/evaluation/rule-sets.ts";
import type { OpenAccess } from "../../../domain/evaluation/open-access.ts";
import type { Executor } from "../../context.ts";
import {
  sumRecordedFigures,
  summariseOpenAccess,
  type RecordedFigures,
} from "../../repositories/indicator-figures.repository.ts";
import { periodBounds } from "../period.ts";

export interface RecordedIndicator {
  bodyId: string;
  figures: RecordedFigures;
  openAccess: OpenAccess;
  result: IndicatorResult;
  /** What the body can still do to raise F within the period. */
  improvements: { undecided: number; unanswered: number; acceptedWithoutReference: number };
}

const EMPTY = (bodyId: string): RecordedFigures => ({
  bodyId,
  remarksReceived: 0,
  acceptedWithReference: 0,
  acceptedWithoutReference: 0,
  rejected: 0,
  commentsReceived: 0,
  commentsAnswered: 0,
});

export async function computeRecordedIndicators(
  db: Executor,
  period: { from: string; to: string },
  bodyIds: string[],
): Promise<RecordedIndicator[]> {
  const rules = rulesFor(period.to);
  const bounds = periodBounds(period.from, period.to);
  const [figures, access] = await Promise.all([
    sumRecordedFigures(db, bounds.from, bounds.before, bodyIds),
    summariseOpenAccess(db, period.from, period.to),
  ]);
  const figuresByBody = new Map(figures.map((f) => [f.bodyId, f]));
  const accessByBody = new Map(access.map((a) => [a.bodyId, a]));
  return bodyIds.map((bodyId) => {
    const f = figuresByBody.get(bodyId) ?? EMPTY(bodyId);
    const a = accessByBody.get(bodyId);
    const openAccess: OpenAccess = {};
    if (a?.drafts != null) openAccess.drafts = a.drafts;
    if (a?.budgetReports != null) openAccess.budgetReports = a.budgetReports;
    if (a?.results != null) openAccess.results = a.results;
    const result = computeIndicator(
      { B: f.acceptedWithReference, C: f.remarksReceived, E: f.commentsAnswered, G: f.commentsReceived, openAccess },
      rules,
    );
    return {
      bodyId,
      figures: f,
      openAccess,
      result,
      improvements: {
        undecided: f.remarksReceived - f.acceptedWithReference - f.acceptedWithoutReference - f.rejected,
        unanswered: f.commentsReceived - f.commentsAnswered,
        acceptedWithoutReference: f.acceptedWithoutReference,
      },
    };
  });
}
