/**
 * Demo cases of issue 10 (part B), through the real services: imported acceptances that carry only
 * the portal's status word ("accepted, reference missing", out of B until the officer adds a §20.1
 * reference), dialogue-portal conference questions (kept, never in C or G: §2.8), an accepted
 * proposal linked to the rule-making plan (§8), a question's use in law-enforcement review (§19),
 * and a §17 topic linked to the §18 conference held on it. All in 2026-Q3, after the demo rounds'
 * periods, so the rounds' figures stay as they were.
 */
import { SYSTEM_ACTOR, transaction, type Actor, type AppContext } from "../../context.ts";
import type { BodyRow } from "../../repositories/body.repository.ts";
import { recordFeedback } from "../../services/feedback/record-feedback.ts";
import { decideItem } from "../../services/feedback/decide-item.ts";
import { answerComment } from "../../services/feedback/answer-comment.ts";
import { applyImportedDecision } from "../../services/imports/apply-imported-replies.ts";
import { recordEvidence } from "../../services/evidence/record-evidence.ts";
import { recordFollowThrough } from "../../services/followthrough/record-follow-through.ts";
import { addConferenceTopic } from "../../services/followthrough/add-conference-topic.ts";
import { updateConferenceTopic } from "../../services/followthrough/update-conference-topic.ts";

const at = (date: string) => new Date(`${date}T11:00:00+05:00`);

const IMPORTED = [
  {
    text: "Жобаның 5-тармағында өтінімді қарау мерзімін 10 жұмыс күніне дейін қысқарту ұсынылады.",
    status: "Қабылданды",
    lang: "kk" as const,
  },
  {
    text: "Предлагаем в пункте 7 проекта указать исчерпывающий перечень документов.",
    status: "Принято",
    lang: "ru" as const,
  },
];
const QUESTIONS = [
  { text: "Электрондық шот-фактураны кешіктіріп жібергені үшін айыппұл қалай есептеледі?", lang: "kk" as const },
  { text: "Когда заработает возврат НДС через мобильное приложение?", lang: "ru" as const },
  { text: "Можно ли подать декларацию за прошлый год после срока без штрафа?", lang: "ru" as const },
];

export async function seedDemoFollowThrough(ctx: AppContext, bodies: BodyRow[]): Promise<void> {
  // The ministry of finance (the demo's officer account) gets every case; one more body the acceptances.
  const main = bodies.find((b) => b.code === "min-finance") ?? bodies[0];
  const others = bodies.filter((b) => b !== main).slice(0, 1);
  for (const body of [...(main ? [main] : []), ...others]) {
    const officer: Actor = { ...SYSTEM_ACTOR, label: `demo-officer@${body.code}` };
    const imported = await recordFeedback(
      ctx,
      officer,
      IMPORTED.map((r, i) => ({
        bodyId: body.id,
        channel: "legal_acts_portal" as const,
        kind: i === 0 ? ("proposal" as const) : ("remark" as const),
        text: r.text,
        lang: r.lang,
        receivedAt: at(`2026-08-1${i}`),
        source: "demo-import",
        sourceRef: `${body.code}/legalacts/2026/${i}`,
        clauseRef: i === 0 ? "5-тармақ" : "7-пункт",
      })),
    );
    // As an import brings them: the portal's word only, no §20.1 reference.
    await transaction(ctx, async (tx) => {
      for (const [i, item] of imported.added.entries()) {
        await applyImportedDecision(tx, officer, null, {
          itemId: item.id,
          bodyId: body.id,
          outcome: "accepted",
          text: null,
          statusText: IMPORTED[i]!.status,
          clauseRef: item.clauseRef,
          referenceKind: "act_clause",
        });
      }
    });
    if (body !== main) continue;

    const questions = await recordFeedback(
      ctx,
      officer,
      QUESTIONS.map((q, i) => ({
        bodyId: body.id,
        channel: "dialogue_portal" as const,
        kind: "comment" as const,
        text: q.text,
        lang: q.lang,
        receivedAt: at(`2026-09-0${i + 2}`),
        source: "demo-dialog",
        sourceRef: `${body.code}/dialog/2026-q3/${i}`,
      })),
    );
    for (const q of questions.added)
      await answerComment(ctx, officer, { itemId: q.id, text: "Конференция барысында жауап берілді." });

    const [proposal] = (
      await recordFeedback(ctx, officer, [
        {
          bodyId: body.id,
          channel: "legal_acts_portal",
          kind: "proposal",
          text: "Салықтық тексеру мерзімдерін Кодекске тікелей енгізу ұсынылады.",
          lang: "kk",
          receivedAt: at("2026-07-20"),
          source: "demo-import",
          sourceRef: `${body.code}/legalacts/2026/followed`,
        },
      ])
    ).added;
    if (proposal) {
      await decideItem(ctx, officer, {
        itemId: proposal.id,
        outcome: "accepted",
        referenceKind: "document",
        referenceText: "Нормашығармашылық жұмыс жоспарының 14-тармағы",
      });
      await recordFollowThrough(
        ctx,
        officer,
        proposal.id,
        {
          kind: "rule_making_plan",
          documentDate: "2026-10-01",
          documentTitle: "2027 жылға арналған нормашығармашылық жұмыс жоспары",
          documentNumber: "№ 214",
          documentUrl: `https://www.gov.kz/memleket/entities/${body.code}/documents/plan-2027`,
        },
        "2026-12-01",
      );
    }
    const firstQuestion = questions.added[0];
    if (firstQuestion)
      await recordFollowThrough(
        ctx,
        officer,
        firstQuestion.id,
        {
          kind: "conference_law_enforcement_review",
          documentDate: "2026-10-15",
          documentTitle: "Құқық қолдану практикасын талдау қорытындысы",
          documentNumber: null,
          documentUrl: null,
        },
        "2026-12-01",
      );

    const conference = await recordEvidence(ctx, officer, "dialogue-events", {
      bodyId: body.id,
      kind: "internet_conference",
      topic: "Электрондық шот-фактуралар және ҚҚС қайтару",
      url: `https://dialog.egov.kz/demo/${body.code}/2026-q3`,
      startsOn: "2026-09-02",
      participants: 310,
    });
    const topic = await addConferenceTopic(ctx, officer, body.id, {
      quarter: "2026-Q3",
      title: { kk: "Электрондық шот-фактуралар", ru: "Электронные счета-фактуры" },
    });
    const eventId = (conference as { id?: string }).id;
    if (eventId) await updateConferenceTopic(ctx, officer, topic.id, { eventIds: [eventId] });
  }
}
