import { afterAll, beforeAll, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { describeEachEngine } from "../../../../test/db.ts";
import { createBody, createItems, createUser, testContext } from "../../../../test/factories.ts";
import { buildTestApp, signInCookie } from "../../../../test/http.ts";
import { createInitiative } from "../../services/initiatives/save-initiative.ts";
import { recordEvidence } from "../../services/evidence/record-evidence.ts";
import { computeBodyCalendar } from "../../services/compliance/compute-body-calendar.ts";

describeEachEngine("compliance calendar", (engine) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(testContext(engine.database));
  });
  afterAll(async () => app.close());

  it("lists the body's duties from its record, and only to its own officers and the ministry", async () => {
    const ctx = testContext(engine.database);
    const body = await createBody(ctx);
    const other = await createBody(ctx);
    const officer = await createUser(ctx, "body_officer", body.id);
    const initiative = await createInitiative(ctx, officer.actor, {
      bodyId: body.id,
      kind: "draft_budget_program",
      status: "discussion_closed",
      titleKk: "Бағдарлама 001",
      discussionStartsOn: "2025-04-01",
      discussionEndsOn: "2025-04-15",
    });
    await createItems(ctx, body.id, [
      { kind: "remark", initiativeId: initiative.id, receivedAt: new Date("2025-04-05T10:00:00+05:00") },
      { kind: "comment", receivedAt: new Date("2025-04-20T10:00:00+05:00") },
    ]);
    await recordEvidence(ctx, officer.actor, "dialogue-events", {
      bodyId: body.id,
      kind: "survey",
      topic: "Жолдар",
      url: "https://dialog.egov.kz/s/2",
      startsOn: "2025-05-10",
    });
    await recordEvidence(ctx, officer.actor, "result-publications", {
      bodyId: body.id,
      kind: "interim",
      periodYear: 2025,
      periodQuarter: 1,
      title: "Q1",
      url: "https://gov.kz/r/q1",
      publishedOn: "2025-04-20",
    });

    const { duties } = await computeBodyCalendar(
      ctx,
      officer.actor,
      body.id,
      { from: "2025-04-01", to: "2025-07-31" },
      "2025-07-05",
    );
    const view = duties.map((d) => [d.kind, d.paragraph, d.subject, d.dueOn, d.status, d.count ?? null]);
    expect(view).toEqual([
      // Before the window and still overdue: shown whatever the window's start (audit 2026-12, Calendar).
      ["dialogue_event", "§18", "2024-H2", "2024-12-31", "overdue", null],
      ["quarterly_analysis", "§14", "2024-Q4", "2025-01-15", "overdue", null],
      ["interim_results", "§16.1", "2024-Q4", "2025-01-30", "overdue", null],
      ["final_results", "§16.2", "2024", "2025-01-30", "overdue", null],
      // §10: the draft was recorded without its informational message (audit §5).
      ["info_message", "§10", "Бағдарлама 001", "2025-04-01", "overdue", null],
      // Same day: in the order of DUTY_KINDS.
      ["discussion_closes", "§10", "Бағдарлама 001", "2025-04-15", "done", null],
      ["remarks_undecided", "§11", "Бағдарлама 001", "2025-04-15", "overdue", 1],
      ["quarterly_analysis", "§14", "2025-Q1", "2025-04-15", "overdue", null],
      ["interim_results", "§16.1", "2025-Q1", "2025-04-30", "done", null],
      ["comments_unanswered", "§20.2", "comments", "2025-05-05", "overdue", 1],
      ["council_session", "§12", "Бағдарлама 001", "2025-05-15", "overdue", null],
      ["dialogue_event", "§18", "2025-H1", "2025-06-30", "done", null],
      ["quarterly_analysis", "§14", "2025-Q2", "2025-07-15", "due", null],
      ["interim_results", "§16.1", "2025-Q2", "2025-07-30", "due", null],
    ]);

    const cookie = await signInCookie(app, officer.user.email);
    const res = await app.inject({
      url: `/api/bodies/${body.id}/calendar?from=2025-04-01&to=2025-07-31`,
      headers: { cookie },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().duties.map((d: { kind: string }) => d.kind)).toContain("remarks_undecided");
    expect((await app.inject({ url: `/api/bodies/${other.id}/calendar`, headers: { cookie } })).statusCode).toBe(403);
    const analyst = await createUser(ctx, "ministry_analyst", null);
    const analystCookie = await signInCookie(app, analyst.user.email);
    expect(
      (await app.inject({ url: `/api/bodies/${other.id}/calendar`, headers: { cookie: analystCookie } })).statusCode,
    ).toBe(200);
  });
});
