import { afterAll, beforeAll, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { describeEachEngine } from "../../../../test/db.ts";
import { createBody, createUser, testContext } from "../../../../test/factories.ts";
import { buildTestApp, signInCookie } from "../../../../test/http.ts";
import { createInitiative } from "../../services/initiatives/save-initiative.ts";
import { computeBodyCalendar } from "../../services/compliance/compute-body-calendar.ts";
import { submitReview } from "../../services/review/submit-review.ts";
import { returnReview } from "../../services/review/return-review.ts";
import { listAuditForEntity } from "../../repositories/audit.repository.ts";

describeEachEngine("calendar: §14 analysis to the head and §12 council sessions", (engine) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(testContext(engine.database));
  });
  afterAll(async () => app.close());

  it("a submitted analysis closes §14 (a returned one reopens it), a recorded council session closes §12", async () => {
    const ctx = testContext(engine.database);
    const body = await createBody(ctx);
    const officer = await createUser(ctx, "body_officer", body.id);
    const head = await createUser(ctx, "body_head", body.id);
    const program = await createInitiative(ctx, officer.actor, {
      bodyId: body.id,
      kind: "draft_budget_program",
      status: "discussion_closed",
      titleKk: "Бағдарлама 002",
      discussionStartsOn: "2025-04-01",
      discussionEndsOn: "2025-04-15",
    });
    const act = await createInitiative(ctx, officer.actor, {
      bodyId: body.id,
      kind: "draft_legal_act",
      status: "discussion_closed",
      titleKk: "Бұйрық жобасы",
      discussionStartsOn: "2025-04-01",
      discussionEndsOn: "2025-04-10",
    });
    const window = { from: "2025-04-01", to: "2025-07-31" };
    const statusOf = async (kind: string, subject: string) =>
      (await computeBodyCalendar(ctx, officer.actor, body.id, window, "2025-07-05")).duties.find(
        (d) => d.kind === kind && d.subject === subject,
      )?.status;

    expect(await statusOf("quarterly_analysis", "2025-Q1")).toBe("overdue");
    expect(await statusOf("council_session", "Бағдарлама 002")).toBe("overdue");

    const { review } = await submitReview(ctx, officer.actor, {
      bodyId: body.id,
      quarter: "2025-Q1",
      recommendations: ["Жол жөндеу"],
    });
    expect(await statusOf("quarterly_analysis", "2025-Q1")).toBe("done");
    expect(await statusOf("quarterly_analysis", "2025-Q2")).toBe("due");
    await returnReview(ctx, head.actor, review.id, "Толықтырыңыз");
    expect(await statusOf("quarterly_analysis", "2025-Q1")).toBe("overdue");
    await submitReview(ctx, officer.actor, {
      bodyId: body.id,
      quarter: "2025-Q1",
      recommendations: ["Жол жөндеу", "Есеп"],
    });
    expect(await statusOf("quarterly_analysis", "2025-Q1")).toBe("done");

    const cookie = await signInCookie(app, officer.user.email);
    const post = (bodyId: string, payload: object, c = cookie) =>
      app.inject({ method: "POST", url: `/api/bodies/${bodyId}/council-sessions`, payload, headers: { cookie: c } });
    // Only budget programs and reports go to the council (§12); a draft act does not.
    expect(
      (await post(body.id, { initiativeId: act.id, heldOn: "2025-05-20", protocolUrl: "https://gov.kz/p/1" }))
        .statusCode,
    ).toBe(400);
    expect(
      (await post(body.id, { initiativeId: program.id, heldOn: "2025-02-30", protocolUrl: "https://gov.kz/p/1" }))
        .statusCode,
    ).toBe(400);
    const other = await createBody(ctx);
    expect(
      (await post(other.id, { initiativeId: program.id, heldOn: "2025-05-20", protocolUrl: "https://gov.kz/p/1" }))
        .statusCode,
    ).toBe(403);

    const recorded = await post(body.id, {
      initiativeId: program.id,
      heldOn: "2025-05-20",
      protocolUrl: "https://gov.kz/council/protocol-7",
    });
    expect(recorded.statusCode).toBe(201);
    expect(recorded.json()).toMatchObject({
      bodyId: body.id,
      initiativeId: program.id,
      heldOn: "2025-05-20",
      recordedBy: officer.user.id,
    });
    expect(await statusOf("council_session", "Бағдарлама 002")).toBe("done");
    expect(
      (await listAuditForEntity(ctx.database.db, "council_session", recorded.json().id)).map((a) => a.action),
    ).toEqual(["council_session.create"]);

    const listed = await app.inject({ url: `/api/bodies/${body.id}/council-sessions`, headers: { cookie } });
    expect(listed.json().items.map((s: { protocolUrl: string }) => s.protocolUrl)).toEqual([
      "https://gov.kz/council/protocol-7",
    ]);
    // Over HTTP too: the calendar shows both duties done.
    const calendar = await app.inject({
      url: `/api/bodies/${body.id}/calendar?from=2025-04-01&to=2025-07-31`,
      headers: { cookie },
    });
    const byKind = calendar
      .json()
      .duties.filter((d: { kind: string }) => d.kind === "council_session" || d.kind === "quarterly_analysis");
    expect(byKind.map((d: { kind: string; subject: string; status: string }) => [d.kind, d.subject, d.status])).toEqual(
      expect.arrayContaining([
        ["quarterly_analysis", "2025-Q1", "done"],
        ["council_session", "Бағдарлама 002", "done"],
      ]),
    );
  });
});
