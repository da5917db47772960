/**
 * The ministry's side of the demo: the 2025 round, submitted, computed and published (so the public
 * portal has figures), and an open 2026 first-half round with some submissions still missing.
 */
import type { Actor, AppContext } from "../../context.ts";
import type { BodyRow } from "../../repositories/body.repository.ts";
import { openRound } from "../../services/evaluations/open-round.ts";
import { submitFigures } from "../../services/evaluations/submit-figures.ts";
import { recordSatisfaction } from "../../services/evaluations/record-satisfaction.ts";
import { computeRound } from "../../services/evaluations/compute-round.ts";
import { publishRound } from "../../services/evaluations/publish-round.ts";
import { computeRecordedIndicators } from "../../services/indicators/recorded-indicator.ts";

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
  await computeRound(ctx, analyst, year.id);
  // The demo round is published although not every body answered: the analyst confirmed it (publish-round.ts).
  await publishRound(ctx, analyst, year.id, { confirm: true });

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
) {
  const recorded = await computeRecordedIndicators(
    ctx.database.db,
    period,
    bodies.map((b) => b.id),
  );
  for (const [i, rec] of recorded.entries()) {
    if (rng() > share || silent(i)) continue;
    const f = rec.figures;
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
        received: f.remarksReceived,
        accepted: f.acceptedWithReference + Math.max(0, overReport),
        rejected: f.rejected,
      },
      comments: { received: f.commentsReceived, answered: f.commentsAnswered },
      conferenceLinks: [`https://dialog.egov.kz/demo/${bodies[i]!.code}/${period.from.slice(0, 4)}`],
      openAccess: { drafts: rec.openAccess.drafts ?? true, results: rec.openAccess.results ?? true },
    });
  }
}
