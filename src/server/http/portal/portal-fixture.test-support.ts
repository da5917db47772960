/**
 * A body with everything the portal shows, made through the real services: a discussed draft act
 * with accepted, rejected and undecided remarks (texts with markup and formula starts), a draft
 * initiative that must stay private, §16 results, a survey, and three rounds — two published
 * (one zeroed) and one computed but NOT published — plus a silent in-scope body that never submits.
 */
import type { FastifyInstance } from "fastify";
import type { AppContext } from "../../context.ts";
import type { Database } from "../../db/client.ts";
import { createBody, createItems, createUser, testContext } from "../../../../test/factories.ts";
import { buildTestApp } from "../../../../test/http.ts";
import { createInitiative } from "../../services/initiatives/save-initiative.ts";
import { decideItem } from "../../services/feedback/decide-item.ts";
import { answerComment } from "../../services/feedback/answer-comment.ts";
import { recordEvidence } from "../../services/evidence/record-evidence.ts";
import { openRound } from "../../services/evaluations/open-round.ts";
import { submitFigures } from "../../services/evaluations/submit-figures.ts";
import { computeRound } from "../../services/evaluations/compute-round.ts";
import { publishRound } from "../../services/evaluations/publish-round.ts";
import { recordExemption } from "../../services/evaluations/record-exemption.ts";
import { resolveDifference } from "../../services/evaluations/resolve-difference.ts";
import { listResults } from "../../repositories/evaluation.repository.ts";
import { requiredSlots } from "../../../domain/compliance/result-slots.ts";
import type { DisputeField } from "../../../domain/evaluation/disputes.ts";

export const EVIL_REMARK = `<script>alert("pwned")</script> 5-тармақты "алып тастау" керек`;
export const FORMULA_PROPOSAL = `=HYPERLINK("http://evil.example","click")`;
export const REJECTION_REASON = `Заңға "қайшы" <b>келеді</b>`;
export const REFERENCE_TEXT = `Салық кодексінің 3-бабы "Салықтар"`;

export async function seedPortalFixture(ctx: AppContext) {
  const body = await createBody(ctx, {
    nameKk: "Порталдың сынақ министрлігі",
    nameRu: "Тестовое министерство портала",
    nameEn: "Portal Test Ministry",
    website: "https://www.gov.kz/memleket/entities/test",
  });
  const excluded = await createBody(ctx, { inScope: false, exclusionReason: "national_bank", nameEn: "Excluded bank" });
  // Requested in every round, never submits: its §20 status is not_submitted, with no official F (result-status.ts).
  const silent = await createBody(ctx, { nameKk: "Үнсіз орган", nameRu: "Молчащий орган", nameEn: "Silent body" });
  const { actor: officer } = await createUser(ctx, "body_officer", body.id);
  const { actor: analyst } = await createUser(ctx, "ministry_analyst", null);

  const initiative = await createInitiative(ctx, officer, {
    bodyId: body.id,
    kind: "draft_legal_act",
    status: "discussion_closed",
    titleKk: "Салық кодексіне түзетулер жобасы",
    titleRu: "Проект поправок в Налоговый кодекс",
    titleEn: "Draft amendments to the Tax Code",
    discussionStartsOn: "2025-03-01",
    discussionEndsOn: "2025-03-20",
    portalUrl: "https://legalacts.egov.kz/npa/view?id=1",
  });
  const draft = await createInitiative(ctx, officer, {
    bodyId: body.id,
    kind: "project",
    status: "draft",
    titleKk: "Жарияланбаған жоба",
    titleRu: "Неопубликованный проект",
    titleEn: "Unannounced project",
  });
  const items = await createItems(ctx, body.id, [
    {
      kind: "remark",
      initiativeId: initiative.id,
      text: EVIL_REMARK,
      clauseRef: "5-тармақ",
      authorRef: "citizen-secret-ref-1",
    },
    { kind: "proposal", initiativeId: initiative.id, text: FORMULA_PROPOSAL, authorRef: "citizen-secret-ref-2" },
    { kind: "remark", initiativeId: initiative.id, text: "Шешімі әлі жоқ ескерту" },
    { kind: "comment", initiativeId: initiative.id, text: "Жақсы жоба" },
    { kind: "remark", initiativeId: draft.id, text: "Жарияланбаған ескерту" },
  ]);
  await decideItem(ctx, officer, {
    itemId: items[0]!.id,
    outcome: "accepted",
    referenceKind: "act_clause",
    referenceText: REFERENCE_TEXT,
  });
  await decideItem(ctx, officer, { itemId: items[1]!.id, outcome: "rejected", reason: REJECTION_REASON });
  await decideItem(ctx, officer, { itemId: items[4]!.id, outcome: "rejected", reason: "draft reason" });
  await answerComment(ctx, officer, { itemId: items[3]!.id, text: "Рахмет" });

  await recordEvidence(ctx, officer, "result-publications", {
    bodyId: body.id,
    kind: "interim",
    periodYear: 2025,
    periodQuarter: 2,
    title: "2025 ж. 2-тоқсан: аралық нәтижелер",
    url: "https://www.gov.kz/results-2025-q2",
    publishedOn: "2025-07-10",
  });
  await recordEvidence(ctx, officer, "result-publications", {
    bodyId: body.id,
    kind: "final",
    periodYear: 2025,
    periodQuarter: null,
    title: "Қорытынды <i>нәтижелер</i>",
    url: "javascript:alert(1)",
    publishedOn: "2026-01-20",
  });
  await recordEvidence(ctx, officer, "dialogue-events", {
    bodyId: body.id,
    kind: "survey",
    topic: "Салық әкімшілігі туралы сауалнама",
    url: "https://dialog.egov.kz/survey/1",
    startsOn: "2025-05-15",
    participants: 321,
  });

  // Published, zeroed: the results were not in open access (§23).
  const first = await runRound(
    ctx,
    analyst,
    officer,
    body.id,
    "2025-01-01",
    "2025-06-30",
    {
      remarks: { received: 4, accepted: 2, rejected: 2 },
      comments: { received: 2, answered: 2 },
      openAccess: { results: false },
    },
    true,
  );
  // Published: F = (3·1)/(4·2)·100 = 37.5 → ineffective.
  const second = await runRound(
    ctx,
    analyst,
    officer,
    body.id,
    "2025-07-01",
    "2025-12-31",
    { remarks: { received: 4, accepted: 3, rejected: 1 }, comments: { received: 2, answered: 1 } },
    true,
  );
  // Computed, not published: F = 100 must never be public.
  const unpublished = await runRound(
    ctx,
    analyst,
    officer,
    body.id,
    "2026-01-01",
    "2026-06-30",
    { remarks: { received: 4, accepted: 4, rejected: 0 }, comments: { received: 3, answered: 3 } },
    false,
  );
  return { body, excluded, silent, initiative, draft, items, rounds: { first, second, unpublished }, analyst };
}

async function runRound(
  ctx: AppContext,
  analyst: Parameters<typeof openRound>[1],
  officer: Parameters<typeof openRound>[1],
  bodyId: string,
  periodFrom: string,
  periodTo: string,
  figures: {
    remarks: { received: number; accepted: number; rejected: number };
    comments: { received: number; answered: number };
    openAccess?: { results?: boolean };
  },
  publish: boolean,
) {
  const round = await openRound(ctx, analyst, { title: `Бағалау ${periodFrom} – ${periodTo}`, periodFrom, periodTo });
  await submitFigures(ctx, officer, { roundId: round.id, bodyId, ...figures });
  // Issue 10: the fixture's figures are the official ones — its missing §16 slots are exempted and its
  // differences from the record resolved for the submission, as an analyst would before publishing.
  for (const slot of requiredSlots(periodFrom, periodTo))
    await recordExemption(ctx, analyst, { roundId: round.id, bodyId, slot, reason: "fixture" });
  await computeRound(ctx, analyst, round.id);
  const official = (await listResults(ctx.database.db, round.id, bodyId)).find((r) => r.source === "submission");
  for (const d of ((official?.explanation ?? {}) as { differences?: { field: DisputeField }[] }).differences ?? [])
    await resolveDifference(ctx, analyst, {
      roundId: round.id,
      bodyId,
      field: d.field,
      choice: "submitted",
      note: "fixture",
    });
  if (publish) await publishRound(ctx, analyst, round.id, { confirm: true });
  return round;
}

export type PortalFixture = Awaited<ReturnType<typeof seedPortalFixture>>;

/** The app the portal and open-data tests read, over one seeded fixture (one per describe block). */
export async function startPortalApp(
  database: Database,
): Promise<{ ctx: AppContext; app: FastifyInstance; fixture: PortalFixture }> {
  const ctx = testContext(database);
  const app = await buildTestApp(ctx);
  return { ctx, app, fixture: await seedPortalFixture(ctx) };
}
