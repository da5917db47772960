import { afterAll, beforeAll, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { describeEachEngine } from "../../../../test/db.ts";
import { createBody, createItems, createUser, testContext } from "../../../../test/factories.ts";
import { buildTestApp, signInCookie } from "../../../../test/http.ts";
import { decideItem } from "../../services/feedback/decide-item.ts";
import { answerComment } from "../../services/feedback/answer-comment.ts";
import { createInitiative } from "../../services/initiatives/save-initiative.ts";
import { recordEvidence } from "../../services/evidence/record-evidence.ts";
import { openRound } from "../../services/evaluations/open-round.ts";
import { submitFigures } from "../../services/evaluations/submit-figures.ts";
import { computeRound } from "../../services/evaluations/compute-round.ts";
import { recordExemption } from "../../services/evaluations/record-exemption.ts";
import { addConferenceTopic } from "../../services/followthrough/add-conference-topic.ts";
import { readDocxText, readPdfText, readXlsx } from "../../reports/render/testing/read-back.ts";

describeEachEngine("reports API", (engine) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(testContext(engine.database));
  });
  afterAll(async () => app.close());

  async function scenario(nameKk = "Ауыл шаруашылығы министрлігі") {
    const ctx = testContext(engine.database);
    const body = await createBody(ctx, { nameKk, nameRu: "Министерство сельского хозяйства" });
    const other = await createBody(ctx);
    const officer = await createUser(ctx, "body_officer", body.id);
    const analyst = await createUser(ctx, "ministry_analyst", null);
    const initiative = await createInitiative(ctx, officer.actor, {
      bodyId: body.id,
      kind: "draft_budget_program",
      status: "discussion_closed",
      titleKk: "Субсидиялау бағдарламасы",
      titleRu: "Программа субсидирования",
      discussionStartsOn: "2025-02-01",
      discussionEndsOn: "2025-02-15",
    });
    const at = new Date("2025-02-05T10:00:00+05:00");
    const [accepted, rejected, undecided, comment, answered, appeal] = await createItems(ctx, body.id, [
      { kind: "remark", initiativeId: initiative.id, receivedAt: at, text: "Мерзімді ұзарту керек, әғқңөұүһі" },
      { kind: "proposal", initiativeId: initiative.id, receivedAt: at, text: "=cmd|' /C calc'!A0" },
      { kind: "remark", initiativeId: initiative.id, receivedAt: at },
      { kind: "comment", initiativeId: initiative.id, receivedAt: at },
      { kind: "comment", initiativeId: initiative.id, receivedAt: at },
      { kind: "appeal", channel: "appeal", receivedAt: at, lang: "ru", text: "Жалоба" },
    ]);
    void undecided;
    void comment;
    void appeal;
    await decideItem(ctx, officer.actor, {
      itemId: accepted!.id,
      outcome: "accepted",
      referenceKind: "budget_program",
      referenceText: "Бағдарламаның 3-тармағы",
    });
    await decideItem(ctx, officer.actor, { itemId: rejected!.id, outcome: "rejected", reason: "Бюджет шегінде емес" });
    await answerComment(ctx, officer.actor, { itemId: answered!.id, text: "Рахмет, ескерілді" });
    await recordEvidence(ctx, officer.actor, "dialogue-events", {
      bodyId: body.id,
      kind: "survey",
      topic: "Субсидиялар",
      url: "https://dialog.egov.kz/s/1",
      startsOn: "2025-03-01",
    });
    return {
      ctx,
      body,
      other,
      initiative,
      officer,
      analyst,
      officerCookie: await signInCookie(app, officer.user.email),
      analystCookie: await signInCookie(app, analyst.user.email),
    };
  }

  it("gives the officer their body's discussion report as a DOCX named for download, and refuses another body's", async () => {
    const s = await scenario();
    const res = await app.inject({
      url: `/api/reports/discussion/${s.initiative.id}?format=docx&lang=kk`,
      headers: { cookie: s.officerCookie },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    const disposition = String(res.headers["content-disposition"]);
    // <body code>_<document>_<period>_<lang>.<ext>, the same in the ASCII fallback and in filename*.
    const name = `${s.body.code.replace(/[^A-Za-z0-9.-]+/g, "-")}_discussion_2025-02-15_kk.docx`;
    expect(disposition).toBe(`attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(name)}`);
    const { paragraphs } = await readDocxText(res.rawPayload);
    expect(paragraphs).toContain("Мемлекеттік орган: Ауыл шаруашылығы министрлігі");
    expect(paragraphs).toContain("Мерзімді ұзарту керек, әғқңөұүһі");
    expect(paragraphs).toContain("Бағдарламаның 3-тармағы");
    expect(paragraphs).toContain("Бюджет шегінде емес");
    expect(
      paragraphs.some((p) =>
        p.startsWith(
          "Түскен ескертулер мен ұсыныстар: 3; қабылданды: 1; қабылданбады: 1; шешілмеген: 1. Түскен түсініктемелер: 2; жауап берілді: 1.",
        ),
      ),
    ).toBe(true);
    // The letter: to the body's first head (§7, §11), signed by its head, prepared by the officer.
    expect(paragraphs).toContain("бірінші басшысына");
    expect(paragraphs).toContain("Басшы");
    expect(paragraphs.some((p) => p.startsWith("Орынд.: "))).toBe(true);

    const strangerCookie = await signInCookie(app, (await createUser(s.ctx, "body_officer", s.other.id)).user.email);
    expect(
      (await app.inject({ url: `/api/reports/discussion/${s.initiative.id}`, headers: { cookie: strangerCookie } }))
        .statusCode,
    ).toBe(403);
    expect(
      (
        await app.inject({
          url: `/api/reports/bodies/${s.body.id}/submission?period=2025-Q1`,
          headers: { cookie: strangerCookie },
        })
      ).statusCode,
    ).toBe(403);
    expect((await app.inject({ url: `/api/reports/bodies/${s.body.id}/submission?period=2025-Q1` })).statusCode).toBe(
      401,
    );
    expect(
      (
        await app.inject({
          url: `/api/reports/bodies/${s.body.id}/submission?period=2025-Q9`,
          headers: { cookie: s.officerCookie },
        })
      ).statusCode,
    ).toBe(400);
  });

  it("§20 information in XLSX: the figures match the annex, item by item, and citizens' formulas stay text", async () => {
    const s = await scenario();
    const res = await app.inject({
      url: `/api/reports/bodies/${s.body.id}/submission?period=2025-Q1&format=xlsx&lang=ru`,
      headers: { cookie: s.officerCookie },
    });
    expect(res.statusCode).toBe(200);
    const { sheets, formulas } = await readXlsx(res.rawPayload);
    expect(formulas).toBe(0);
    const [, figures, , , annex] = [...sheets.values()];
    expect(figures!.slice(1).map((r) => r[1])).toEqual([3, 1, 0, 1, 1, 2, 1, 1]);
    // The appeal is §14 material, not §20: five items behind the numbers.
    expect(
      annex!
        .slice(1)
        .map((r) => r[5])
        .sort(),
    ).toEqual(["C, B", "C, не принято", "C, не рассмотрено", "G, E", "G, Комментарии без ответа"].sort());
  });

  it("the ministry reads any body's quarterly analysis (CSV with BOM), council pack (PDF), results and topics", async () => {
    const s = await scenario();
    const csv = await app.inject({
      url: `/api/reports/bodies/${s.body.id}/quarterly?period=2025-Q1&format=csv&lang=en`,
      headers: { cookie: s.analystCookie },
    });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect([...csv.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.rawPayload.toString("utf8");
    expect(text).toContain("\r\nappeals,1,16.7,0,\r\n");
    expect(text).toContain("\r\nlegal acts portal,5,83.3,0,\r\n");

    const pdf = await app.inject({
      url: `/api/reports/bodies/${s.body.id}/council?period=2025-Q1&format=pdf&lang=kk`,
      headers: { cookie: s.analystCookie },
    });
    expect(pdf.statusCode).toBe(200);
    const flat = readPdfText(pdf.rawPayload).text.replace(/\s+/g, "");
    expect(flat).toContain("Қоғамдықкеңескеарналғанматериалдар(12-тармақ)");
    expect(flat).toContain("Субсидиялаубағдарламасы");

    // §17: the body's list of problems from appeals (issue 10), not its drafts.
    await addConferenceTopic(s.ctx, s.officer.actor, s.body.id, {
      quarter: "2025-Q1",
      title: { kk: "Субсидия төлеу мерзімдері", ru: "Сроки выплаты субсидий" },
    });
    const topics = await app.inject({
      url: `/api/reports/bodies/${s.body.id}/topics?period=2025-Q1&format=docx&lang=en`,
      headers: { cookie: s.officerCookie },
    });
    const topicText = (await readDocxText(topics.rawPayload)).paragraphs;
    expect(topicText).toContain("Сроки выплаты субсидий"); // no English title: Russian, then Kazakh
    expect(topicText).not.toContain("Программа субсидирования");
    expect(topicText).toContain("Субсидиялар");
    const results = await app.inject({
      url: `/api/reports/bodies/${s.body.id}/results?period=2025-Q1&format=docx&lang=en`,
      headers: { cookie: s.officerCookie },
    });
    expect((await readDocxText(results.rawPayload)).paragraphs).toContain("interim results, 1 quarter 2025");
  });

  it("evaluation results: the analyst gets the ranking of a computed round; an officer only once it is published", async () => {
    const s = await scenario(`Ауыл шаруашылығы министрлігі ${Math.random().toString(36).slice(2, 8)}`);
    const round = await openRound(s.ctx, s.analyst.actor, {
      title: "2025 І тоқсан",
      periodFrom: "2025-01-01",
      periodTo: "2025-03-31",
    });
    await submitFigures(s.ctx, s.officer.actor, {
      roundId: round.id,
      bodyId: s.body.id,
      remarks: { received: 3, accepted: 1, rejected: 1 },
      comments: { received: 2, answered: 1 },
    });
    // Issue 10: without it the missing §16 publication of 2025-Q1 would zero F (§23).
    await recordExemption(s.ctx, s.analyst.actor, {
      roundId: round.id,
      bodyId: s.body.id,
      slot: "2025-Q1",
      reason: "test",
    });
    await computeRound(s.ctx, s.analyst.actor, round.id);
    const officerTry = await app.inject({
      url: `/api/reports/evaluation/${round.id}`,
      headers: { cookie: s.officerCookie },
    });
    expect(officerTry.statusCode).toBe(404);
    const res = await app.inject({
      url: `/api/reports/evaluation/${round.id}?format=xlsx&lang=kk`,
      headers: { cookie: s.analystCookie },
    });
    expect(res.statusCode).toBe(200);
    const ranking = [...(await readXlsx(res.rawPayload)).sheets.values()][1]!;
    const row = ranking.find((r) => r[1] === s.body.nameKk)!;
    // F = (1·1)/(3·2)·100% = 16.7% (§22): ineffective, from the body's submission, recorded F beside it.
    expect(row.slice(2, 4)).toEqual([16.7, "тиімсіз қызмет"]);
    expect(row[9]).toBe("органның 20-тармақ бойынша ақпараты");
    expect(row[10]).toBe(16.7);
  });
});
