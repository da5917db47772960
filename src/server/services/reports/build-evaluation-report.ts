/**
 * §20–§23: a round's results as the ministry publishes them. The ministry reads any round; anyone
 * else only a published one (the same rule as the public portal).
 */
import type { Locale } from "../../../i18n/index.ts";
import type { Band } from "../../../domain/evaluation/bands.ts";
import type { ExplanationLine } from "../../../domain/evaluation/explanation.ts";
import { buildEvaluationModel, type EvaluationResultInput } from "../../../domain/reports/build-evaluation-model.ts";
import type { ReportDocument } from "../../../domain/reports/document.ts";
import type { Actor, AppContext } from "../../context.ts";
import { notFound } from "../../errors.ts";
import { can } from "../../policies/policy.ts";
import { findBody, listInScopeBodies, type BodyRow } from "../../repositories/body.repository.ts";
import { findRound, listResults } from "../../repositories/evaluation.repository.ts";
import { kazakhstanToday } from "./report-scope.ts";

export async function buildEvaluationReport(
  ctx: AppContext,
  actor: Actor,
  roundId: string,
  locale: Locale,
  today = kazakhstanToday(),
): Promise<ReportDocument> {
  const db = ctx.database.db;
  const round = await findRound(db, roundId);
  if (!round || (round.status !== "published" && !can(actor, "evaluation.manage"))) throw notFound("evaluation round");
  const [results, inScope] = await Promise.all([listResults(db, round.id), listInScopeBodies(db)]);
  const bodies = new Map<string, BodyRow>(inScope.map((b) => [b.id, b]));
  for (const id of new Set(results.map((r) => r.bodyId))) {
    if (!bodies.has(id)) {
      const b = await findBody(db, id);
      if (b) bodies.set(id, b);
    }
  }
  const recordedF = new Map(results.filter((r) => r.source === "recorded").map((r) => [r.bodyId, Number(r.fValue)]));
  const submitted = new Set(results.filter((r) => r.source === "submission").map((r) => r.bodyId));
  // The official result is the submission's; without one, the recorded row stands as not_submitted:
  // no official F nor band, Pikir's record beside it for information (compute-round.ts).
  const official = results.filter((r) => r.source === "submission" || !submitted.has(r.bodyId));
  const rows: EvaluationResultInput[] = official.map((r) => ({
    body: bodies.get(r.bodyId)!,
    source: r.source,
    status: r.status,
    F: r.status === "not_submitted" ? null : Number(r.fValue),
    band: r.status === "not_submitted" ? null : (r.band as Band),
    zeroed: r.zeroed,
    B: r.b,
    C: r.c,
    E: r.e,
    G: r.g,
    recordedF: r.source === "submission" || r.status === "not_submitted" ? (recordedF.get(r.bodyId) ?? null) : null,
    explanation: (r.explanation as { explanation?: ExplanationLine[] }).explanation ?? [],
  }));
  return buildEvaluationModel({ locale, generatedOn: today, round, results: rows });
}
