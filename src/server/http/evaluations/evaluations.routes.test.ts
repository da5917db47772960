import { afterAll, beforeAll, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { describeEachEngine } from "../../../../test/db.ts";
import { createBody, createItems, createUser, testContext } from "../../../../test/factories.ts";
import { buildTestApp, signInCookie } from "../../../../test/http.ts";
import { decideItem } from "../../services/feedback/decide-item.ts";
import { answerComment } from "../../services/feedback/answer-comment.ts";
import { computeBodyCalendar } from "../../services/compliance/compute-body-calendar.ts";
import { listAuditForEntity } from "../../repositories/audit.repository.ts";
import { recordEvidence } from "../../services/evidence/record-evidence.ts";
import { evaluationsApi, figures } from "./evaluations.test-support.ts";

describeEachEngine("evaluation rounds API (§20–§23)", (engine) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(testContext(engine.database));
  });
  afterAll(async () => app.close());
  const api = evaluationsApi(() => app);

  it("opens a round, takes a submission, computes both sides with differences, publishes", async () => {
    const ctx = testContext(engine.database);
    const body = await createBody(ctx);
    const excluded = await createBody(ctx, { inScope: false, exclusionReason: "national_bank" });
    // In §1's scope, but the ministry has not chosen to evaluate it (a district akimat): not asked.
    const notEvaluated = await createBody(ctx, { kind: "local", evaluated: false });
    const silent = await createBody(ctx); // requested, never submits (§20)
    await createBody(ctx); // a second silent body: one submission of three is below the publication quorum
    const { user: officerUser, actor: officer } = await createUser(ctx, "body_officer", body.id);
    const { user: analystUser } = await createUser(ctx, "ministry_analyst", null);
    // Recorded: 4 remarks (2 accepted with reference, 1 rejected, 1 undecided), 2 comments (1 answered).
    const items = await createItems(ctx, body.id, [
      { kind: "remark" },
      { kind: "remark" },
      { kind: "proposal" },
      { kind: "remark" },
      { kind: "comment", receivedAt: new Date("2025-06-01T10:00:00+05:00") },
      { kind: "comment" },
      { kind: "remark", receivedAt: new Date("2024-12-31T23:00:00+05:00") }, // outside the period
    ]);
    await decideItem(ctx, officer, {
      itemId: items[0]!.id,
      outcome: "accepted",
      referenceKind: "act_clause",
      referenceText: "5-тармақ",
    });
    await decideItem(ctx, officer, {
      itemId: items[1]!.id,
      outcome: "accepted",
      referenceKind: "budget_program",
      referenceText: "001 бағдарлама",
    });
    await decideItem(ctx, officer, { itemId: items[2]!.id, outcome: "rejected", reason: "Бюджет кодексіне қайшы" });
    await answerComment(ctx, officer, { itemId: items[4]!.id, text: "Жауап берілді" });
    // §16: every required publication of 2025 is in Pikir's record, so nothing zeroes by evidence (§23).
    for (const q of [1, 2, 3, 4, null])
      await recordEvidence(ctx, officer, "result-publications", {
        bodyId: body.id,
        kind: q === null ? "final" : "interim",
        periodYear: 2025,
        periodQuarter: q,
        title: `2025 ${q ?? "final"}`,
        url: `https://www.gov.kz/results-2025-${q ?? "final"}`,
        publishedOn: q === null ? "2026-01-20" : `2025-${String(q * 3).padStart(2, "0")}-28`,
      });

    const analyst = await signInCookie(app, analystUser.email);
    const opened = await api.open(analyst, { title: "2025", periodFrom: "2025-01-01", periodTo: "2025-12-31" });
    expect(opened.statusCode).toBe(201);
    const round = opened.json();
    expect(round.rulesVersion).toBe("137-NK/2025");
    const detail = (await api.get(`/api/evaluations/${round.id}`, analyst)).json();
    const requested = detail.requests.map((r: { bodyId: string }) => r.bodyId);
    expect(requested).toContain(body.id);
    expect(requested).not.toContain(excluded.id); // §1
    expect(requested).not.toContain(notEvaluated.id); // the ministry's choice (state_bodies.evaluated)

    // Before publication the public sees neither the round nor its results.
    expect((await api.get(`/api/evaluations/${round.id}/results`)).statusCode).toBe(404);

    const officerCookie = await signInCookie(app, officerUser.email);
    const submitted = await api.submit(officerCookie, round.id, {
      ...figures(body.id, [4, 3, 1], [2, 1]),
      openAccess: { drafts: true, results: true },
    });
    expect(submitted.statusCode).toBe(201);
    const forOther = await api.submit(officerCookie, round.id, figures(excluded.id, [0, 0, 0], [0, 0]));
    expect(forOther.statusCode).toBe(403);
    // §20.3: a Telegram post is not a dialogue-portal conference.
    const telegram = await api.submit(
      officerCookie,
      round.id,
      {
        ...figures(body.id, [4, 3, 1], [2, 1]),
        conferenceLinks: ["https://t.me/minfin/1"],
        acceptedItems: [{ item: "№1", referenceKind: "act_clause", reference: " " }],
      },
      "kk",
    );
    // One domain validation (submission-rules.ts): every problem named, in the caller's language.
    expect([telegram.statusCode, telegram.json().error.code]).toEqual([400, "submission_invalid"]);
    expect(telegram.json().error.details.map((d: { code: string }) => d.code)).toEqual([
      "acceptedItemWithoutReference",
      "acceptedItemsIncomplete",
      "conferenceLinkNotDialogue",
    ]);
    expect(telegram.json().error.message).toContain("dialog.egov.kz");
    expect(telegram.json().error.message).toContain("20-тармақ");

    // §20.1 item by item (or its document) and §20.4 materials are stored and read back by the analyst.
    const withContents = await api.submit(officerCookie, round.id, {
      ...figures(body.id, [4, 3, 1], [2, 1]),
      openAccess: { drafts: true, results: true },
      acceptedItems: [
        {
          item: "№1",
          referenceKind: "act_clause",
          reference: "5-тармақ",
          referenceUrl: "https://adilet.zan.kz/kaz/docs/V1",
        },
        { item: "№2", referenceKind: "budget_program", reference: "001 бағдарлама" },
      ],
      acceptedItemsDocument: { title: "Қабылданған ұсыныстар тізбесі", url: "https://gov.kz/memleket/s.pdf" },
      conferenceLinks: ["https://dialog.egov.kz/blogs/3"],
      mediaMaterials: [{ kind: "briefing", url: "https://gov.kz/news/1", title: "Брифинг" }],
    });
    expect(withContents.statusCode).toBe(201);
    const readBack = await api.get(`/api/evaluations/${round.id}/submissions/${body.id}`, analyst);
    expect(readBack.statusCode).toBe(200);
    expect(readBack.json().submission).toMatchObject({
      remarks: { received: 4, accepted: 3, rejected: 1 },
      comments: { received: 2, answered: 1, unanswered: 1 },
      referencesCoverage: "document",
      acceptedItems: [
        { item: "№1", reference: "5-тармақ" },
        { item: "№2", referenceKind: "budget_program" },
      ],
      acceptedItemsDocument: { title: "Қабылданған ұсыныстар тізбесі" },
      conferenceLinks: ["https://dialog.egov.kz/blogs/3"],
      mediaMaterials: [{ kind: "briefing", title: "Брифинг" }],
    });
    const foreignRead = await api.get(`/api/evaluations/${round.id}/submissions/${silent.id}`, officerCookie);
    expect(foreignRead.statusCode).toBe(403);

    const computed = await api.post(`/api/evaluations/${round.id}/compute`, analyst);
    expect(computed.statusCode).toBe(200);
    const results = (await api.get(`/api/evaluations/${round.id}/results`, analyst))
      .json()
      .results.filter((r: { bodyId: string }) => r.bodyId === body.id);
    const recorded = results.find((r: { source: string }) => r.source === "recorded");
    const fromSubmission = results.find((r: { source: string }) => r.source === "submission");
    // §22 recorded: (2·1)/(4·2)·100 = 25.0 → ineffective; submitted: (3·1)/(4·2)·100 = 37.5
    expect(recorded).toMatchObject({ B: 2, C: 4, E: 1, G: 2, F: 25, band: "ineffective", zeroed: false });
    expect(fromSubmission).toMatchObject({ B: 3, C: 4, F: 37.5, band: "ineffective" });
    expect(fromSubmission.explanation.differences).toEqual([
      { field: "B", submitted: 3, recorded: 2, resolution: null },
    ]);
    expect(fromSubmission.explanation.unresolved).toBe(1);
    expect(recorded.explanation.improvements).toEqual({ undecided: 1, unanswered: 1, acceptedWithoutReference: 0 });
    expect(recorded.criteria21.combinedWithF).toBe(false);
    expect([recorded.status, fromSubmission.status]).toEqual(["evaluated", "evaluated"]);
    // §20: no submission, an empty record — no official F nor band; the record only beside it, and
    // zeroed by evidence: none of its five §16 publications of 2025 is in the record (§23).
    const silentResult = (await api.get(`/api/evaluations/${round.id}/results`, analyst))
      .json()
      .results.filter((r: { bodyId: string }) => r.bodyId === silent.id);
    expect(silentResult).toEqual([
      expect.objectContaining({
        source: "recorded",
        status: "not_submitted",
        F: null,
        band: null,
        record: { F: 0, band: "ineffective" },
        zeroed: true,
      }),
    ]);

    expect((await api.post(`/api/evaluations/${round.id}/publish`, officerCookie)).statusCode).toBe(403);
    // Below the quorum (one submission of all requested bodies): publishing needs an explicit confirmation.
    const unconfirmed = await api.post(`/api/evaluations/${round.id}/publish`, analyst, undefined, "en");
    expect([unconfirmed.statusCode, unconfirmed.json().error.code]).toEqual([409, "publish_confirm_required"]);
    expect(unconfirmed.json().error.message).toContain("1 of");
    // §20: the B difference is resolved (the record's figure accepted, with a note) before publication.
    const unresolved = await api.post(`/api/evaluations/${round.id}/publish`, analyst, { confirm: true }, "ru");
    expect([unresolved.statusCode, unresolved.json().error.code]).toEqual([409, "differences_unresolved"]);
    expect(unresolved.json().error.message).toContain(`(${body.code})`);
    const resolved = await api.post(`/api/evaluations/${round.id}/resolutions/${body.id}`, analyst, {
      field: "B",
      choice: "recorded",
      note: "The third acceptance has no §20.1 reference",
    });
    expect(resolved.json()).toEqual({ version: 2, unresolvedBodies: [] });
    const published = await api.post(`/api/evaluations/${round.id}/publish`, analyst, { confirm: true });
    expect(published.json().status).toBe("published");
    const publicView = await api.get(`/api/evaluations/${round.id}/results?source=recorded`);
    expect(publicView.statusCode).toBe(200);
    expect(
      publicView.json().results.some((r: { bodyId: string; F: number }) => r.bodyId === body.id && r.F === 25),
    ).toBe(true);
    const official = (await api.get(`/api/evaluations/${round.id}/results?source=submission`))
      .json()
      .results.find((r: { bodyId: string }) => r.bodyId === body.id);
    expect([official.B, official.F, official.version]).toEqual([2, 25, 2]);
    const late = await api.submit(officerCookie, round.id, figures(body.id, [4, 4, 0], [2, 2]), "ru");
    expect(late.statusCode).toBe(409);
    expect(late.json().error.message).toContain("Раунд оценки не открыт");
  });

  it("refuses inconsistent submissions and rounds before the methodology", async () => {
    const ctx = testContext(engine.database);
    const { user } = await createUser(ctx, "ministry_analyst", null);
    const cookie = await signInCookie(app, user.email);
    const early = await api.open(cookie, { title: "2023", periodFrom: "2023-01-01", periodTo: "2023-12-31" });
    expect(early.statusCode).toBe(400);
    // One period rule with the CLI (round-period.ts): calendar periods only, ended, no duplicates.
    const open = (periodFrom: string, periodTo: string) => api.open(cookie, { title: "x", periodFrom, periodTo }, "kk");
    const twoMonths = await open("2026-07-01", "2026-08-31");
    expect([twoMonths.statusCode, twoMonths.json().error.code]).toEqual([400, "round_not_calendar"]);
    expect(twoMonths.json().error.message).toContain("күнтізбелік тоқсан");
    const future = await open("2027-01-01", "2027-12-31");
    expect([future.statusCode, future.json().error.code]).toEqual([400, "round_future"]);
    const round = (await api.open(cookie, { title: "Q1", periodFrom: "2026-01-01", periodTo: "2026-03-31" })).json();
    const duplicate = await open("2026-01-01", "2026-03-31");
    expect([duplicate.statusCode, duplicate.json().error.code]).toEqual([409, "round_duplicate"]);
    const body = await createBody(ctx);
    const { user: officer } = await createUser(ctx, "body_officer", body.id);
    // The round was opened before this body existed: it was not requested, so it cannot submit.
    const officerCookie = await signInCookie(app, officer.email);
    const notRequested = await api.submit(officerCookie, round.id, figures(body.id, [1, 1, 0], [0, 0]));
    expect(notRequested.statusCode).toBe(422);
    const inconsistent = await api.submit(officerCookie, round.id, figures(body.id, [1, 1, 1], [0, 0]));
    // The domain's §20.1 rule, localised (no English-only detail any more).
    expect([inconsistent.statusCode, inconsistent.json().error.code]).toEqual([400, "submission_invalid"]);
    expect(inconsistent.json().error.details).toEqual([
      expect.objectContaining({ field: "remarks.accepted", code: "acceptedPlusRejectedExceedsReceived" }),
    ]);
    expect(inconsistent.json().error.message).toContain("remarks.accepted: ");
    expect(inconsistent.json().error.message).toContain("(20-тармақтың 1) тармақшасы)");
  });

  it("cancels a round before publication with a reason, withdrawing its §20 requests (issue 10)", async () => {
    const ctx = testContext(engine.database);
    const body = await createBody(ctx);
    const { user: officerUser, actor: officer } = await createUser(ctx, "body_officer", body.id);
    const { user: analystUser } = await createUser(ctx, "ministry_analyst", null);
    const analyst = await signInCookie(app, analystUser.email);
    const officerCookie = await signInCookie(app, officerUser.email);
    const payload = { title: "2024 Q3", periodFrom: "2024-07-01", periodTo: "2024-09-30", dueOn: "2024-10-20" };
    const round = (await api.open(analyst, payload)).json();
    const requestDuties = async () =>
      (await computeBodyCalendar(ctx, officer, body.id, { from: "2024-10-01", to: "2024-10-31" }, "2024-10-05")).duties
        .filter((d) => d.kind === "ministry_request")
        .map((d) => d.subjectId);
    expect(await requestDuties()).toEqual([round.id]);
    const requested = (await api.get(`/api/evaluations/${round.id}`, analyst)).json().progress.requested;

    const cancel = (cookie: string, reason?: string, lang: "kk" | "ru" | "en" = "en") =>
      api.post(`/api/evaluations/${round.id}/cancel`, cookie, reason === undefined ? {} : { reason }, lang);
    expect((await cancel(officerCookie, "not mine")).statusCode).toBe(403);
    const noReason = await cancel(analyst, "   ", "kk");
    expect([noReason.statusCode, noReason.json().error.code]).toEqual([400, "cancel_reason_required"]);
    expect(noReason.json().error.message).toContain("себебін");
    expect((await cancel(analyst)).json().error.code).toBe("cancel_reason_required");

    const done = await cancel(analyst, "Opened with the wrong due date");
    expect(done.statusCode).toBe(200);
    expect([done.json().status, done.json().cancelReason]).toEqual(["cancelled", "Opened with the wrong due date"]);
    expect(done.json().cancelledAt).not.toBeNull();
    expect(await requestDuties()).toEqual([]);
    const audit = (await listAuditForEntity(ctx.database.db, "evaluation_round", round.id)).find(
      (a) => a.action === "round.cancel",
    );
    expect(audit?.after).toMatchObject({
      status: "cancelled",
      reason: "Opened with the wrong due date",
      withdrawnRequests: requested,
    });

    // A cancelled round takes no figures, is not computed, is not cancelled twice, and frees its period.
    const late = await api.submit(officerCookie, round.id, figures(body.id, [0, 0, 0], [0, 0]));
    expect([late.statusCode, late.json().error.code]).toEqual([409, "round_not_open"]);
    expect((await api.post(`/api/evaluations/${round.id}/compute`, analyst)).statusCode).toBe(409);
    expect((await cancel(analyst, "again")).statusCode).toBe(409);
    const again = await api.open(analyst, payload);
    expect(again.statusCode).toBe(201);

    // Published results are public record: a published round is not cancelled.
    const second = again.json();
    expect((await api.post(`/api/evaluations/${second.id}/compute`, analyst)).statusCode).toBe(200);
    expect((await api.post(`/api/evaluations/${second.id}/publish`, analyst, { confirm: true })).statusCode).toBe(200);
    const published = await api.post(`/api/evaluations/${second.id}/cancel`, analyst, { reason: "too late" });
    expect([published.statusCode, published.json().error.code]).toEqual([409, "round_not_open"]);
  });
});
