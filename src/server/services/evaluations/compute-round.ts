/**
 * Computes a round: for every requested body, F from its §20 submission (when it submitted) and F
 * from what Pikir recorded, side by side with the §21 criteria, and the differences between the
 * two. The official figure is the submission's (§20 asks the body). Without a submission the body
 * is `not_submitted`: its recorded row is kept as information only and the official results, the
 * portal and open data show no F and no band for it (result-status.ts). Recomputing replaces the
 * derived results only.
 */
import { computeIndicator, type IndicatorResult } from "../../../domain/evaluation/indicator.ts";
import { rulesFor } from "../../../domain/evaluation/rule-sets.ts";
import { assessCriteria21 } from "../../../domain/evaluation/criteria-21.ts";
import { resultStatus, type ResultStatus } from "../../../domain/evaluation/result-status.ts";
import { countResultSlots } from "../../../domain/compliance/result-slots.ts";
import { transaction, type Actor, type AppContext } from "../../context.ts";
import { AppError, notFound } from "../../errors.ts";
import { authorize } from "../../policies/policy.ts";
import {
  findRound,
  listCurrentSubmissions,
  listRequests,
  listSatisfaction,
  replaceResults,
  updateRound,
  type NewResult,
  type RoundRow,
  type SubmissionRow,
} from "../../repositories/evaluation.repository.ts";
import { listPublicationFacts, sumParticipation } from "../../repositories/indicator-figures.repository.ts";
import { appendAudit } from "../../repositories/audit.repository.ts";
import { computeRecordedIndicators, type RecordedIndicator } from "../indicators/recorded-indicator.ts";
import { periodBounds } from "../period.ts";

export interface Difference {
  field: "B" | "C" | "E" | "G" | "openAccess";
  submitted: number | string;
  recorded: number | string;
}

export function compareWithRecord(submitted: IndicatorResult, recorded: IndicatorResult): Difference[] {
  const diffs: Difference[] = [];
  for (const field of ["B", "C", "E", "G"] as const) {
    if (submitted[field] !== recorded[field])
      diffs.push({ field, submitted: submitted[field], recorded: recorded[field] });
  }
  if (submitted.zeroed !== recorded.zeroed) {
    diffs.push({
      field: "openAccess",
      submitted: submitted.zeroReasons.join(",") || "ok",
      recorded: recorded.zeroReasons.join(",") || "ok",
    });
  }
  return diffs;
}

function submissionIndicator(s: SubmissionRow, periodTo: string): IndicatorResult {
  return computeIndicator(
    {
      B: s.remarksAccepted,
      C: s.remarksReceived,
      E: s.commentsAnswered,
      G: s.commentsReceived,
      openAccess: s.openAccess,
    },
    rulesFor(periodTo),
  );
}

export async function computeRound(
  ctx: AppContext,
  actor: Actor,
  roundId: string,
): Promise<{ round: RoundRow; computed: number }> {
  authorize(actor, "evaluation.manage");
  const db = ctx.database.db;
  const round = await findRound(db, roundId);
  if (!round) throw notFound("evaluation round");
  if (round.status === "published" || round.status === "cancelled")
    throw new AppError("round_not_open", { status: round.status });

  const period = { from: round.periodFrom, to: round.periodTo };
  const bounds = periodBounds(period.from, period.to);
  const bodyIds = (await listRequests(db, round.id)).map((r) => r.bodyId);
  const [recorded, submissions, satisfaction, participation, publications] = await Promise.all([
    computeRecordedIndicators(db, period, bodyIds),
    listCurrentSubmissions(db, round.id),
    listSatisfaction(db, round.id),
    sumParticipation(db, bounds.from, bounds.before, period.from, period.to),
    listPublicationFacts(db, Number(period.from.slice(0, 4)), Number(period.to.slice(0, 4))),
  ]);
  const bySubmission = new Map(submissions.map((s) => [s.bodyId, s]));
  const bySatisfaction = new Map(satisfaction.map((s) => [s.bodyId, s]));
  const byParticipation = new Map(participation.map((p) => [p.bodyId, p]));

  const rows: NewResult[] = [];
  const now = new Date();
  for (const rec of recorded) {
    const sat = bySatisfaction.get(rec.bodyId);
    const part = byParticipation.get(rec.bodyId);
    const slots = countResultSlots(
      period.from,
      period.to,
      publications.filter((p) => p.bodyId === rec.bodyId),
    );
    const criteria21 = assessCriteria21({
      participation: { items: part?.items ?? 0, participants: part?.participants ?? 0, events: part?.events ?? 0 },
      access: { published: slots.published, required: slots.required },
      ...(sat
        ? { satisfaction: { percent: Number(sat.scorePercent), ...(sat.source ? { surveyId: sat.source } : {}) } }
        : {}),
    });
    const submission = bySubmission.get(rec.bodyId);
    // The recorded row of a submitter is its own record (evaluated or nothing received); of a
    // non-submitter it stands for the body, so it carries not_submitted.
    const recordedRowStatus = resultStatus({ submitted: !!submission, C: rec.result.C, G: rec.result.G });
    rows.push(
      resultRow(
        round,
        rec.bodyId,
        "recorded",
        rec.result,
        { improvements: rec.improvements, missingSlots: slots.missing },
        criteria21,
        now,
        recordedRowStatus,
      ),
    );
    if (submission) {
      const fromSubmission = submissionIndicator(submission, period.to);
      rows.push(
        resultRow(
          round,
          rec.bodyId,
          "submission",
          fromSubmission,
          {
            submissionId: submission.id,
            differences: compareWithRecord(fromSubmission, rec.result),
          },
          criteria21,
          now,
          resultStatus({ submitted: true, C: fromSubmission.C, G: fromSubmission.G }),
        ),
      );
    }
  }

  return transaction(ctx, async (tx) => {
    await replaceResults(tx, round.id, rows);
    const updated = await updateRound(tx, round.id, { status: "computed", computedAt: now });
    await appendAudit(tx, {
      actorId: actor.userId,
      actorLabel: actor.label,
      action: "round.compute",
      entity: "evaluation_round",
      entityId: round.id,
      bodyId: null,
      after: { results: rows.length, submissions: submissions.length },
    });
    return { round: updated, computed: rows.length };
  });
}

function resultRow(
  round: RoundRow,
  bodyId: string,
  source: "recorded" | "submission",
  result: IndicatorResult,
  extra: Record<string, unknown>,
  criteria21: unknown,
  now: Date,
  status: ResultStatus,
): NewResult {
  return {
    roundId: round.id,
    bodyId,
    source,
    status,
    fValue: result.F.toFixed(1),
    band: result.band,
    zeroed: result.zeroed,
    b: result.B,
    c: result.C,
    e: result.E,
    g: result.G,
    explanation: { ...result, ...extra, status },
    criteria21,
    rulesVersion: result.rulesVersion,
    computedAt: now,
  };
}

export type { RecordedIndicator };
