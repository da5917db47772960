/**
 * The ministry's side of the demo: the 2025 round, submitted, computed and published (so the public
 * portal has figures), and an open 2026 first-half round with some submissions still missing.
 * Issue 10: in the 2025 round the bodies with a missing §16 quarter are zeroed (§23) but one of them
 * is exempted by the analyst, the over-reported figures are resolved before publication, and a late
 * survey score corrects the published results (version 2, "corrected on"). A computed 2025-Q4 round
 * keeps one disputed submission unresolved, so its publication is refused until the analyst decides.
 */
import type { Actor, AppContext } from "../../context.ts";
import type { BodyRow } from "../../repositories/body.repository.ts";
import { openRound } from "../../services/evaluations/open-round.ts";
import { submitFigures } from "../../services/evaluations/submit-figures.ts";
import { recordSatisfaction } from "../../services/evaluations/record-satisfaction.ts";
import { computeRound } from "../../services/evaluations/compute-round.ts";
import { publishRound } from "../../services/evaluations/publish-round.ts";
import { computeRecordedIndicators } from "../../services/indicators/recorded-indicator.ts";
import { recordExemption } from "../../services/evaluations/record-exemption.ts";
import { resolveDifference } from "../../services/evaluations/resolve-difference.ts";
import { listResults } from "../../repositories/evaluation.repository.ts";
import type { DisputeField } from "../../../domain/evaluation/disputes.ts";
import { DEMO_MISSING_SLOT } from "./seed-demo-evidence.ts";

type Rng = () => number;

export async function seedDemoRounds(ctx: AppContext, analyst: Actor, bodies: BodyRow[], rng: Rng): Promise<void> {
  const year = await openRound(ctx, analyst, {
    title: "2025 жылғы бағалау / Оценка за 2025 год",
    periodFrom: "2025-01-01",
    periodTo: "2025-12-31",
    dueOn: "2026-02-15",
  });
  // Every ninth body never answers the 2025 request: the published round shows them "not submitted" (§20).
  await submitFromRecord(ctx, bodies, year.id, { from: "2025-01-01", to: "2025-12-31" }, rng, 1, (i) => i % 9 === 8);
  for (const body of bodies) {
    await recordSatisfaction(ctx, analyst, {
      roundId: year.id,
      bodyId: body.id,
      scorePercent: Math.round((45 + rng() * 50) * 100) / 100,
      respondents: 300 + Math.floor(rng() * 1200),
      source: "MCI survey 2025",
    });
  }
  // §16/§23: a body with no 2025-Q3 publication at all is exempted; those whose check failed stay zeroed.
  const absent = bodies.find((_, i) => DEMO_MISSING_SLOT(i) === "absent");
  if (absent)
    await recordExemption(ctx, analyst, {
      roundId: year.id,
      bodyId: absent.id,
      slot: "2025-Q3",
      reason:
        "Нәтижелер облыс әкімдігінің сайтында жарияланған (хат № 12-3/456) / Опубликовано на сайте акимата области",
    });
  await computeRound(ctx, analyst, year.id);
  // §20: every difference is resolved before publication — here the record's figure is accepted.
  await resolveAll(
    ctx,
    analyst,
    year.id,
    "Қабылданған ескертулердің 20.1-тармақ бойынша сілтемесі жоқ / Нет ссылки по п. 20.1",
  );
  // The demo round is published although not every body answered: the analyst confirmed it (publish-round.ts).
  await publishRound(ctx, analyst, year.id, { confirm: true });
  // A late survey weighting corrects one body's §21.3 score: version 2 of the published results.
  if (bodies[0])
    await recordSatisfaction(ctx, analyst, {
      roundId: year.id,
      bodyId: bodies[0].id,
      scorePercent: 71.4,
      respondents: 1180,
      source: "MCI survey 2025 (final weighting)",
      reason: "Сауалнаманың қорытынды салмақтауы / Итоговое взвешивание опроса",
    });

  // A computed quarter with one disputed submission left to resolve (the round screen shows it).
  const quarter = await openRound(ctx, analyst, {
    title: "2025 жылдың IV тоқсаны / IV квартал 2025 года",
    periodFrom: "2025-10-01",
    periodTo: "2025-12-31",
    dueOn: "2026-01-31",
  });
  await submitFromRecord(ctx, bodies, quarter.id, { from: "2025-10-01", to: "2025-12-31" }, rng, 1, () => false, true);
  await computeRound(ctx, analyst, quarter.id);

  const half = await openRound(ctx, analyst, {
    title: "2026 жылдың І жартыжылдығы / Первое полугодие 2026 года",
    periodFrom: "2026-01-01",
    periodTo: "2026-06-30",
    dueOn: "2026-07-31",
  });
  await submitFromRecord(ctx, bodies, half.id, { from: "2026-01-01", to: "2026-06-30" }, rng, 0.6);
}

/**
 * Bodies submit what they recorded, as a diligent body would; one in seven over-reports its
 * accepted remarks, so the evaluation room has differences to flag.
 */
async function submitFromRecord(
  ctx: AppContext,
  bodies: BodyRow[],
  roundId: string,
  period: { from: string; to: string },
  rng: Rng,
  share: number,
  silent: (index: number) => boolean = () => false,
  /** The first submitting body declares one remark more than Pikir recorded: a difference to resolve. */
  disputeOne = false,
) {
  const recorded = await computeRecordedIndicators(
    ctx.database.db,
    period,
    bodies.map((b) => b.id),
  );
  let disputed = !disputeOne;
  for (const [i, rec] of recorded.entries()) {
    if (rng() > share || silent(i)) continue;
    const f = rec.figures;
    const overReceived = disputed ? 0 : 1;
    disputed = true;
    const overReport =
      i % 7 === 3
        ? Math.min(f.acceptedWithoutReference + 2, f.remarksReceived - f.acceptedWithReference - f.rejected)
        : 0;
    const officer: Actor = {
      userId: null,
      label: `demo-officer@${bodies[i]!.code}`,
      role: "body_officer",
      bodyId: rec.bodyId,
    };
    await submitFigures(ctx, officer, {
      roundId,
      bodyId: rec.bodyId,
      remarks: {
        received: f.remarksReceived + overReceived,
        accepted: f.acceptedWithReference + Math.max(0, overReport),
        rejected: f.rejected,
      },
      comments: { received: f.commentsReceived, answered: f.commentsAnswered },
      conferenceLinks: [`https://dialog.egov.kz/demo/${bodies[i]!.code}/${period.from.slice(0, 4)}`],
      openAccess: { drafts: rec.openAccess.drafts ?? true, results: rec.openAccess.results ?? true },
    });
  }
}

/** §20: the analyst accepts the record's value for every open difference of the round, with a note. */
async function resolveAll(ctx: AppContext, analyst: Actor, roundId: string, note: string) {
  for (const row of await listResults(ctx.database.db, roundId)) {
    if (row.source !== "submission") continue;
    const differences = (row.explanation as { differences?: { field: DisputeField }[] }).differences ?? [];
    for (const d of differences)
      await resolveDifference(ctx, analyst, { roundId, bodyId: row.bodyId, field: d.field, choice: "recorded", note });
  }
}
