import { afterAll, beforeAll, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { describeEachEngine } from "../../../../test/db.ts";
import { createBody, createUser, testContext } from "../../../../test/factories.ts";
import { buildTestApp, signInCookie } from "../../../../test/http.ts";
import { listAuditForEntity } from "../../repositories/audit.repository.ts";
import { verifyAudit } from "../../services/audit/verify-audit.ts";

describeEachEngine("quarterly review (§15)", (engine) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(testContext(engine.database));
  });
  afterAll(async () => app.close());

  async function setup() {
    const ctx = testContext(engine.database);
    const body = await createBody(ctx);
    const officer = await createUser(ctx, "body_officer", body.id);
    const head = await createUser(ctx, "body_head", body.id);
    const as = async (email: string) => {
      const cookie = await signInCookie(app, email);
      return (method: "GET" | "POST" | "PATCH", url: string, payload?: object) =>
        app.inject({ method, url, payload, headers: { cookie } });
    };
    return { ctx, body, officer, head, asOfficer: await as(officer.user.email), asHead: await as(head.user.email) };
  }

  it("submit → return with comments → resubmit (both versions kept) → assign actions → actions to done, all audited", async () => {
    const { ctx, body, officer, head, asOfficer, asHead } = await setup();

    const submitted = await asOfficer("POST", `/api/bodies/${body.id}/reviews`, {
      quarter: "2025-Q1",
      summary: "Жолдар туралы өтініштер өсті",
      recommendations: ["Жол жөндеу жобасын бастау"],
      documentUrl: `/api/reports/bodies/${body.id}/quarterly?period=2025-Q1&format=pdf`,
    });
    expect(submitted.statusCode).toBe(201);
    const reviewId = submitted.json().review.id as string;
    expect(submitted.json().review).toMatchObject({ quarter: "2025-Q1", status: "submitted", currentVersion: 1 });

    // An officer may not decide; the head may not submit.
    expect((await asOfficer("POST", `/api/reviews/${reviewId}/approve`)).statusCode).toBe(403);
    expect(
      (await asHead("POST", `/api/bodies/${body.id}/reviews`, { quarter: "2025-Q1", recommendations: ["x"] }))
        .statusCode,
    ).toBe(403);
    // Input PostgreSQL would choke on is a 400, not a 500.
    expect(
      (
        await asOfficer("POST", `/api/bodies/${body.id}/reviews`, {
          quarter: "2025-Q4",
          summary: "a\u0000b",
          recommendations: [],
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await asHead("POST", `/api/reviews/${reviewId}/actions`, {
          actions: [{ unitName: "A", description: "B", dueOn: "2025-13-45" }],
        })
      ).statusCode,
    ).toBe(400);
    // Returning needs comments.
    expect((await asHead("POST", `/api/reviews/${reviewId}/return`, { comments: "  " })).statusCode).toBe(400);

    const returned = await asHead("POST", `/api/reviews/${reviewId}/return`, { comments: "Қаржылық есеп қосыңыз" });
    expect(returned.statusCode).toBe(200);
    expect(returned.json().review.status).toBe("returned");
    expect(returned.json().versions[0]).toMatchObject({
      version: 1,
      returnComments: "Қаржылық есеп қосыңыз",
      returnedBy: head.user.id,
      submittedByLabel: "body_officer", // the sender's name (the factory's display name), not the e-mail
    });
    // A returned analysis cannot be approved, nor get actions, until resubmitted.
    expect((await asHead("POST", `/api/reviews/${reviewId}/approve`)).statusCode).toBe(409);
    const blocked = await asHead("POST", `/api/reviews/${reviewId}/actions`, {
      actions: [{ unitName: "Жол бөлімі", description: "Жоспар", dueOn: "2025-06-30" }],
    });
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json().error.details).toMatchObject({ reason: "returned_needs_resubmission" });

    const resubmitted = await asOfficer("POST", `/api/bodies/${body.id}/reviews`, {
      quarter: "2025-q1",
      recommendations: ["Жол жөндеу жобасын бастау", "Қаржылық есепті жариялау"],
    });
    expect(resubmitted.statusCode).toBe(201);
    expect(resubmitted.json().review).toMatchObject({
      id: reviewId,
      status: "submitted",
      currentVersion: 2,
      decidedAt: null,
    });
    expect(
      resubmitted
        .json()
        .versions.map((v: { version: number; recommendations: string[]; returnComments: string | null }) => [
          v.version,
          v.recommendations.length,
          v.returnComments,
        ]),
    ).toEqual([
      [1, 1, "Қаржылық есеп қосыңыз"],
      [2, 2, null],
    ]);

    const assigned = await asHead("POST", `/api/reviews/${reviewId}/actions`, {
      actions: [
        { unitName: "Жол бөлімі", description: "Жөндеу жоспарын әзірлеу", dueOn: "2025-06-30" },
        { unitName: "Қаржы бөлімі", description: "Есепті жариялау", dueOn: "2025-05-31" },
      ],
    });
    expect(assigned.statusCode).toBe(201);
    // Directing units approves the analysis (§15).
    expect(assigned.json().review).toMatchObject({ status: "approved", decidedBy: head.user.id });
    const actions = assigned.json().actions as { id: string; unitName: string; status: string }[];
    expect(actions.map((a) => [a.unitName, a.status])).toEqual([
      ["Қаржы бөлімі", "open"],
      ["Жол бөлімі", "open"],
    ]);

    const [finance, roads] = actions.map((a) => a.id);
    // The head assigns, the officers report progress.
    expect((await asHead("PATCH", `/api/review-actions/${finance}`, { status: "in_progress" })).statusCode).toBe(403);
    expect((await asOfficer("PATCH", `/api/review-actions/${finance}`, { status: "in_progress" })).json().status).toBe(
      "in_progress",
    );
    expect((await asOfficer("PATCH", `/api/review-actions/${finance}`, { status: "done" })).statusCode).toBe(400); // needs a note
    const done = await asOfficer("PATCH", `/api/review-actions/${finance}`, {
      status: "done",
      note: "gov.kz сайтында жарияланды",
    });
    expect(done.json()).toMatchObject({
      status: "done",
      note: "gov.kz сайтында жарияланды",
      updatedBy: officer.user.id,
    });
    expect(done.json().doneAt).not.toBeNull();
    const backwards = await asOfficer("PATCH", `/api/review-actions/${finance}`, { status: "in_progress" });
    expect(backwards.statusCode).toBe(409);
    expect(backwards.json().error.details).toMatchObject({ reason: "action_done" });
    // Straight from open to done is allowed (with a note).
    expect(
      (await asOfficer("PATCH", `/api/review-actions/${roads}`, { status: "done", note: "Жоспар бекітілді" }))
        .statusCode,
    ).toBe(200);

    // An approved quarter is closed to resubmission; the head may still add actions later.
    expect(
      (await asOfficer("POST", `/api/bodies/${body.id}/reviews`, { quarter: "2025-Q1", recommendations: ["x"] }))
        .statusCode,
    ).toBe(409);
    expect(
      (
        await asHead("POST", `/api/reviews/${reviewId}/actions`, {
          actions: [{ unitName: "Баспасөз қызметі", description: "Брифинг", dueOn: "2025-07-15" }],
        })
      ).statusCode,
    ).toBe(201);

    const reviewAudit = await listAuditForEntity(ctx.database.db, "quarterly_review", reviewId);
    expect(reviewAudit.map((a) => a.action)).toEqual([
      "review.submit",
      "review.return",
      "review.resubmit",
      "review.assign",
      "review.assign",
    ]);
    expect(reviewAudit.every((a) => a.bodyId === body.id)).toBe(true);
    const financeAudit = await listAuditForEntity(ctx.database.db, "review_action", finance!);
    expect(financeAudit.map((a) => [a.action, a.actorId])).toEqual([
      ["review_action.in_progress", officer.user.id],
      ["review_action.done", officer.user.id],
    ]);
    expect((await verifyAudit(ctx.database.db)).ok).toBe(true);
  });

  it("the head approves directly; analysts read every body, other bodies nothing", async () => {
    const { ctx, body, asOfficer, asHead } = await setup();
    const reviewId = (
      await asOfficer("POST", `/api/bodies/${body.id}/reviews`, {
        quarter: "2025-Q2",
        recommendations: ["Сауалнама өткізу"],
      })
    ).json().review.id;
    const approved = await asHead("POST", `/api/reviews/${reviewId}/approve`);
    expect(approved.json().review.status).toBe("approved");
    expect((await asHead("POST", `/api/reviews/${reviewId}/approve`)).statusCode).toBe(409);

    const other = await createBody(ctx);
    const stranger = await createUser(ctx, "body_head", other.id);
    const strangerCookie = await signInCookie(app, stranger.user.email);
    expect(
      (await app.inject({ url: `/api/reviews/${reviewId}`, headers: { cookie: strangerCookie } })).statusCode,
    ).toBe(403);
    expect(
      (
        await app.inject({
          method: "POST",
          url: `/api/reviews/${reviewId}/return`,
          payload: { comments: "x" },
          headers: { cookie: strangerCookie },
        })
      ).statusCode,
    ).toBe(403);
    expect((await app.inject({ url: `/api/reviews`, headers: { cookie: strangerCookie } })).json().items).toEqual([]);
    const strangerOfficer = await createUser(ctx, "body_officer", other.id);
    const so = await signInCookie(app, strangerOfficer.user.email);
    expect(
      (
        await app.inject({
          method: "POST",
          url: `/api/bodies/${body.id}/reviews`,
          payload: { quarter: "2025-Q3", recommendations: ["x"] },
          headers: { cookie: so },
        })
      ).statusCode,
    ).toBe(403);

    const analyst = await createUser(ctx, "ministry_analyst", null);
    const analystCookie = await signInCookie(app, analyst.user.email);
    expect((await app.inject({ url: `/api/reviews/${reviewId}`, headers: { cookie: analystCookie } })).statusCode).toBe(
      200,
    );
    const listed = await app.inject({ url: `/api/reviews?bodyId=${body.id}`, headers: { cookie: analystCookie } });
    expect(listed.json().items.map((r: { id: string }) => r.id)).toEqual([reviewId]);
    expect(
      (
        await app.inject({
          method: "POST",
          url: `/api/reviews/${reviewId}/return`,
          payload: { comments: "x" },
          headers: { cookie: analystCookie },
        })
      ).statusCode,
    ).toBe(403);
    expect((await app.inject({ url: `/api/reviews/${reviewId}` })).statusCode).toBe(401);
  });
});
