/**
 * Computes a round: for every requested body, F from its §20 submission (when it submitted) and F
 * from what Pikir recorded, side by side with the §21 criteria, and the differences between the
 * two. The official figure is the submission's (§20 asks the body), with the analyst's resolutions
 * of its differences applied (domain/evaluation/disputes.ts); §16 slots missing in Pikir's record
 * and not exempted zero F on both sides (§23, domain/evaluation/evidence-zeroing.ts). Without a
 * submission the body is `not_submitted`: its recorded row is kept as information only.
 *
 * Every compute is a new version of the round's results (issue 10): the previous version is kept
 * whole in evaluation_result_versions and readable; after publication a recompute needs a reason,
 * is refused while differences are unresolved, and is published at once (the round's correctedAt).
 */
import { computeIndicator, type IndicatorResult } from "../../../domain/evaluation/indicator.ts";
import { rulesFor } from "../../../domain/evaluation/rule-sets.ts";
import { assessCriteria21 } from "../../../domain/evaluation/criteria-21.ts";
import { resultStatus, type ResultStatus } from "../../../domain/evaluation/result-status.ts";
import { evidenceZeroing } from "../../../domain/evaluation/evidence-zeroing.ts";
import { resolveFigures, type DisputeField, type Resolution } from "../../../domain/evaluation/disputes.ts";
import { countResultSlots } from "../../../domain/compliance/result-slots.ts";
import { transaction, type Actor, type AppContext, type Executor } from "../../context.ts";
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
  type ResultRow,
  type RoundRow,
} from "../../repositories/evaluation.repository.ts";
import {
  insertVersion,
  listBodyNames,
  listCurrentResolutions,
  listExemptions,
  nextVersionNumber,
} from "../../repositories/round-corrections.repository.ts";
import { listPublicationFacts, sumParticipation } from "../../repositories/indicator-figures.repository.ts";
import { appendAudit } from "../../repositories/audit.repository.ts";
import { computeRecordedIndicators, type RecordedIndicator } from "../indicators/recorded-indicator.ts";
import { periodBounds } from "../period.ts";

/** Why a version of the results was made. */
export type ComputeCause = "compute" | "recompute" | "satisfaction" | "exemption" | "resolution";

export interface ComputeOutcome {
  round: RoundRow;
  computed: number;
  /** The version written; null when a resolution on a published round waits for the others. */
  version: number | null;
  /** Bodies whose submission still has unresolved differences. */
  unresolvedBodies: string[];
}

export async function computeRound(
  ctx: AppContext,
  actor: Actor,
  roundId: string,
  input: { reason?: string | null } = {},
): Promise<ComputeOutcome> {
  authorize(actor, "evaluation.manage");
  return transaction(ctx, async (tx) => {
    const round = await findRound(tx, roundId, true);
    if (!round) throw notFound("evaluation round");
    return recomputeRound(tx, actor, round, round.status === "open" ? "compute" : "recompute", input.reason);
  });
}

/**
 * The one compute path (inside the caller's transaction, the round locked by it): the route, and
 * satisfaction, exemptions and resolutions entered after compute, all make a version here.
 */
export async function recomputeRound(
  tx: Executor,
  actor: Actor,
  round: RoundRow,
  cause: ComputeCause,
  reasonInput?: string | null,
): Promise<ComputeOutcome> {
  if (round.status === "cancelled") throw new AppError("round_not_open", { status: round.status });
  const reason = reasonInput?.trim() || null;
  const published = round.status === "published";
  if (published && !reason) throw new AppError("correction_reason_required");

  const rows = await computeRows(tx, round);
  const unresolvedBodies = [
    ...new Set(rows.filter((r) => r.source === "submission" && unresolvedOf(r) > 0).map((r) => r.bodyId)),
  ];
  if (published && unresolvedBodies.length > 0) {
    // A resolution on a published round is kept; the correction is made once the last one is resolved.
    if (cause === "resolution") return { round, computed: 0, version: null, unresolvedBodies };
    throw await unresolvedError(tx, unresolvedBodies);
  }
  const now = new Date();
  const version = await nextVersionNumber(tx, round.id);
  const versioned = rows.map((r) => ({ ...r, version, computedAt: now }));
  await replaceResults(tx, round.id, versioned);
  await insertVersion(tx, {
    roundId: round.id,
    version,
    cause,
    reason,
    createdBy: actor.userId,
    createdLabel: actor.label,
    createdAt: now,
    publishedAt: published ? now : null,
    results: versioned,
  });
  const updated = published
    ? await updateRound(tx, round.id, { correctedAt: now })
    : await updateRound(tx, round.id, { status: "computed", computedAt: now });
  await appendAudit(tx, {
    actorId: actor.userId,
    actorLabel: actor.label,
    action: published ? "round.correct" : "round.compute",
    entity: "evaluation_round",
    entityId: round.id,
    bodyId: null,
    after: { results: rows.length, version, cause, reason, unresolvedBodies: unresolvedBodies.length },
  });
  return { round: updated, computed: rows.length, version, unresolvedBodies };
}

/** Differences of a submission's result the analyst has not resolved (0 for recorded rows). */
export function unresolvedOf(row: Pick<NewResult, "explanation"> | Pick<ResultRow, "explanation">): number {
  const explanation = row.explanation as { unresolved?: unknown } | null;
  return typeof explanation?.unresolved === "number" ? explanation.unresolved : 0;
}

/** §20: publishing (or correcting) is refused while any body's differences are unresolved. */
export async function unresolvedError(db: Executor, bodyIds: string[]): Promise<AppError> {
  const names = await listBodyNames(db, bodyIds);
  return new AppError(
    "differences_unresolved",
    { count: names.length, bodies: names.map((b) => `${b.nameKk} (${b.code})`).join("; ") },
    { bodies: names },
  );
}

async function computeRows(db: Executor, round: RoundRow): Promise<NewResult[]> {
  const period = { from: round.periodFrom, to: round.periodTo };
  const rules = rulesFor(period.to);
  const bounds = periodBounds(period.from, period.to);
  const bodyIds = (await listRequests(db, round.id)).map((r) => r.bodyId);
  const [recorded, submissions, satisfaction, participation, publications, exemptions, resolutions] = await Promise.all(
    [
      computeRecordedIndicators(db, period, bodyIds),
      listCurrentSubmissions(db, round.id),
      listSatisfaction(db, round.id),
      sumParticipation(db, bounds.from, bounds.before, period.from, period.to),
      listPublicationFacts(db, Number(period.from.slice(0, 4)), Number(period.to.slice(0, 4))),
      listExemptions(db, round.id),
      listCurrentResolutions(db, round.id),
    ],
  );
  const bySubmission = new Map(submissions.map((s) => [s.bodyId, s]));
  const bySatisfaction = new Map(satisfaction.map((s) => [s.bodyId, s]));
  const byParticipation = new Map(participation.map((p) => [p.bodyId, p]));

  const rows: NewResult[] = [];
  for (const rec of recorded) {
    const sat = bySatisfaction.get(rec.bodyId);
    const part = byParticipation.get(rec.bodyId);
    const slots = countResultSlots(
      period.from,
      period.to,
      publications.filter((p) => p.bodyId === rec.bodyId),
    );
    const bodyExemptions = exemptions.filter((e) => e.bodyId === rec.bodyId);
    const evidence = evidenceZeroing(
      slots.missing,
      bodyExemptions.map((e) => e.slot),
    );
    const exempted = bodyExemptions
      .filter((e) => evidence.exempted.includes(e.slot))
      .map((e) => ({ slot: e.slot, reason: e.reason, recordedAt: e.recordedAt.toISOString() }));
    const criteria21 = assessCriteria21({
      participation: { items: part?.items ?? 0, participants: part?.participants ?? 0, events: part?.events ?? 0 },
      access: { published: slots.published, required: slots.required },
      ...(sat
        ? { satisfaction: { percent: Number(sat.scorePercent), ...(sat.source ? { surveyId: sat.source } : {}) } }
        : {}),
    });
    const recordedSide = { B: rec.result.B, C: rec.result.C, E: rec.result.E, G: rec.result.G };
    const fromRecord = computeIndicator(
      { ...recordedSide, openAccess: rec.openAccess, unpublishedResults: evidence.zeroing },
      rules,
    );
    const submission = bySubmission.get(rec.bodyId);
    const evidenceExtra = { missingSlots: slots.missing, exemptions: exempted };
    // The recorded row of a submitter is its own record (evaluated or nothing received); of a
    // non-submitter it stands for the body, so it carries not_submitted.
    rows.push(
      resultRow(
        round,
        rec.bodyId,
        "recorded",
        fromRecord,
        { improvements: rec.improvements, ...evidenceExtra },
        criteria21,
        resultStatus({ submitted: !!submission, C: fromRecord.C, G: fromRecord.G }),
      ),
    );
    if (submission) {
      const own: Resolution[] = resolutions
        .filter((r) => r.submissionId === submission.id)
        .map((r) => ({
          field: r.field as DisputeField,
          choice: r.choice,
          submittedValue: r.submittedValue,
          recordedValue: r.recordedValue,
          note: r.note,
          resolvedAt: r.resolvedAt.toISOString(),
        }));
      const resolved = resolveFigures(
        {
          B: submission.remarksAccepted,
          C: submission.remarksReceived,
          E: submission.commentsAnswered,
          G: submission.commentsReceived,
          openAccess: submission.openAccess,
        },
        { ...recordedSide, openAccess: rec.openAccess },
        own,
      );
      const official = computeIndicator({ ...resolved.figures, unpublishedResults: evidence.zeroing }, rules);
      rows.push(
        resultRow(
          round,
          rec.bodyId,
          "submission",
          official,
          {
            submissionId: submission.id,
            differences: resolved.differences,
            unresolved: resolved.unresolved,
            ...evidenceExtra,
          },
          criteria21,
          resultStatus({ submitted: true, C: official.C, G: official.G }),
        ),
      );
    }
  }
  return rows;
}

function resultRow(
  round: RoundRow,
  bodyId: string,
  source: "recorded" | "submission",
  result: IndicatorResult,
  extra: Record<string, unknown>,
  criteria21: unknown,
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
  };
}

export type { RecordedIndicator };
