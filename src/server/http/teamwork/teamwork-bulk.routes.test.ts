/**
 * Teamwork, part B (issue 13): bulk actions on a whole filtered selection, notifications (bell and
 * outbox), the "awaiting me" views, and one live round per period — over HTTP, on both engines.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { and, eq, like } from "drizzle-orm";
import { describeEachEngine } from "../../../../test/db.ts";
import { createBody, createItems, createUser, testContext } from "../../../../test/factories.ts";
import { buildTestApp, signInEachFrom } from "../../../../test/http.ts";
import { auditLog, outbox } from "../../db/index.ts";
import { decideItem } from "../../services/feedback/decide-item.ts";
import { reclassifyItem } from "../../services/feedback/reclassify-item.ts";
import { submitReview } from "../../services/review/submit-review.ts";
import { returnReview } from "../../services/review/return-review.ts";
import { openRound } from "../../services/evaluations/open-round.ts";
import { assignItem } from "../../services/teamwork/assign-item.ts";
import { AppError } from "../../errors.ts";

describeEachEngine("teamwork: bulk actions, notifications, awaiting me", (engine) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(testContext(engine.database));
  });
  afterAll(async () => app.close());
  const cookieOf = signInEachFrom(() => app, "10.5.0");
  const bulk = (cookie: string, payload: object, lang = "en") =>
    app.inject({ method: "POST", url: `/api/feedback/bulk?lang=${lang}`, payload, headers: { cookie } });

  async function team() {
    const ctx = testContext(engine.database);
    const body = await createBody(ctx);
    const head = await createUser(ctx, "body_head", body.id);
    const officer = await createUser(ctx, "body_officer", body.id);
    const colleague = await createUser(ctx, "body_officer", body.id);
    return { ctx, body, head, officer, colleague };
  }

  it("§20.1: bulk acceptance covers the whole filtered selection, not one page, and never overwrites a decision", async () => {
    const { ctx, body, officer } = await team();
    // 45 remarks (more than two 20-row pages), 3 comments and one remark already rejected.
    const remarks = await createItems(
      ctx,
      body.id,
      Array.from({ length: 45 }, () => ({ kind: "remark" as const })),
    );
    await createItems(ctx, body.id, [{ kind: "comment" }, { kind: "comment" }, { kind: "comment" }]);
    const decided = remarks[0]!;
    await decideItem(ctx, officer.actor, { itemId: decided.id, outcome: "rejected", reason: "Заңға қайшы" });
    const cookie = await cookieOf(officer.user.email);

    const res = await bulk(
      cookie,
      {
        filter: {},
        params: { action: "accept", referenceKind: "act_clause", referenceText: "Кодекстің 5-бабы" },
      },
      "kk",
    );
    expect(res.statusCode).toBe(202);
    const run = res.json();
    expect(run).toMatchObject({ status: "done", total: 48, processed: 48, applied: 44, refusedCount: 4 });
    // Item by item reasons, grouped: the three comments cannot be accepted; the decided remark is kept.
    expect(run.refusedByReason.map((g: { code: string; count: number }) => [g.code, g.count])).toEqual([
      ["not_decidable", 3],
      ["decision_exists", 1],
    ]);
    expect(run.refused.find((r: { code: string }) => r.code === "decision_exists")).toMatchObject({
      itemId: decided.id,
      message: expect.stringContaining("шешім бұрын қабылданған"),
    });
    const item = (await app.inject({ url: `/api/feedback/${decided.id}`, headers: { cookie } })).json();
    expect(item.item.decision.outcome).toBe("rejected");

    // Each acceptance has its own audit entry, and the run itself is audited at start and end.
    const audit = await engine.database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.bodyId, body.id), eq(auditLog.action, "decision.create")));
    expect(audit).toHaveLength(45);
    const runAudit = await engine.database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.entityId, run.id));
    expect(runAudit.map((a) => a.action).sort()).toEqual(["bulk.finish", "bulk.start"]);

    const again = (await app.inject({ url: `/api/feedback/bulk/${run.id}`, headers: { cookie } })).json();
    expect(again).toMatchObject({ applied: 44, refusedCount: 4 });
    const outsider = await createUser(ctx, "body_officer", (await createBody(ctx)).id);
    expect(
      (
        await app.inject({
          url: `/api/feedback/bulk/${run.id}`,
          headers: { cookie: await cookieOf(outsider.user.email) },
        })
      ).statusCode,
    ).toBe(404);
  });

  it("bulk actions follow the filter and refuse what a rule refuses (§2.8 portal kinds, a person's kind)", async () => {
    const { ctx, body, officer } = await team();
    const portal = await createItems(ctx, body.id, [{ kind: "remark" }, { kind: "remark" }, { kind: "remark" }]);
    const [letter] = await createItems(ctx, body.id, [{ kind: "remark", channel: "own_form" }]);
    await createItems(ctx, body.id, [{ kind: "comment" }]);
    await reclassifyItem(ctx, officer.actor, portal[2]!.id, "proposal");
    const cookie = await cookieOf(officer.user.email);

    // Remarks only (the filter), to appeals: the portal ones cannot be appeals (§2.8), the letter can.
    const appeal = (
      await bulk(cookie, { filter: { kind: "remark" }, params: { action: "set_kind", kind: "appeal" } })
    ).json();
    expect(appeal).toMatchObject({ total: 3, applied: 1 });
    expect(appeal.refused.map((r: { itemId: number; code: string }) => [r.itemId, r.code]).sort()).toEqual(
      [
        [portal[0]!.id, "kind_outside_portal"],
        [portal[1]!.id, "kind_outside_portal"],
      ].sort(),
    );
    // A kind a person set (portal[2], now a proposal) is not changed by a bulk action.
    const proposals = (
      await bulk(cookie, { filter: { kind: "proposal" }, params: { action: "set_kind", kind: "remark" } })
    ).json();
    expect(proposals).toMatchObject({
      total: 1,
      applied: 0,
      refused: [{ itemId: portal[2]!.id, code: "kind_by_reviewer" }],
    });
    const item = (await app.inject({ url: `/api/feedback/${letter!.id}`, headers: { cookie } })).json();
    expect(item.item.kind).toBe("appeal");

    // The ministry reads but does not act on a body's items.
    const analyst = await createUser(ctx, "ministry_analyst", null);
    expect(
      (await bulk(await cookieOf(analyst.user.email), { filter: {}, params: { action: "reject", reason: "x" } }))
        .statusCode,
    ).toBe(403);
  });

  it("bulk assignment: one notification for the whole selection, a colleague's item is not taken away", async () => {
    const { ctx, body, head, officer, colleague } = await team();
    const items = await createItems(ctx, body.id, [{ kind: "remark" }, { kind: "remark" }, { kind: "remark" }]);
    await assignItem(ctx, head.actor, items[0]!.id, { assigneeId: colleague.user.id, dueOn: "2026-12-01" });
    const headCookie = await cookieOf(head.user.email);
    const run = (
      await bulk(
        headCookie,
        {
          filter: { status: "undecided" },
          params: { action: "assign", assigneeId: officer.user.id, dueOn: "2026-12-20" },
        },
        "ru",
      )
    ).json();
    expect(run).toMatchObject({
      total: 3,
      applied: 2,
      refused: [{ itemId: items[0]!.id, code: "assigned_elsewhere" }],
    });
    expect(run.refused[0].message).toContain(colleague.user.displayName);
    const officerCookie = await cookieOf(officer.user.email);
    const bell = (await app.inject({ url: "/api/notifications?lang=kk", headers: { cookie: officerCookie } })).json();
    expect(bell.unread).toBe(1);
    expect(bell.items[0]).toMatchObject({ kind: "item.assigned", link: "/awaiting", readAt: null });
    expect(bell.items[0].title).toBe("body_head сізге 2 жазбаны тапсырды — мерзімі 20.12.2026");
    // A wrong assignee refuses the whole run at once.
    const outsider = await createUser(ctx, "body_officer", (await createBody(ctx)).id);
    expect(
      (await bulk(headCookie, { filter: {}, params: { action: "assign", assigneeId: outsider.user.id } })).statusCode,
    ).toBe(400);
  });

  it("notifications: assignments and returned reviews reach the bell and the outbox; each person marks only their own", async () => {
    const { ctx, body, head, officer } = await team();
    const [item] = await createItems(ctx, body.id, [{ kind: "proposal" }]);
    const headCookie = await cookieOf(head.user.email);
    const officerCookie = await cookieOf(officer.user.email);
    expect(
      (
        await app.inject({
          method: "PUT",
          url: `/api/items/${item!.id}/assignment`,
          payload: { assigneeId: officer.user.id, dueOn: "2026-12-10" },
          headers: { cookie: headCookie },
        })
      ).statusCode,
    ).toBe(204);
    // Assigning to oneself tells nobody.
    await assignItem(ctx, head.actor, (await createItems(ctx, body.id, [{}]))[0]!.id, { assigneeId: head.user.id });
    const { review } = await submitReview(ctx, officer.actor, {
      bodyId: body.id,
      quarter: "2025-Q1",
      recommendations: ["Жол жөндеу"],
    });
    await returnReview(ctx, head.actor, review.id, "Тақырыптарды толықтырыңыз");

    const bell = (await app.inject({ url: "/api/notifications?lang=en", headers: { cookie: officerCookie } })).json();
    expect(bell.unread).toBe(2);
    expect(bell.items.map((i: { title: string; link: string }) => [i.title, i.link])).toEqual([
      ["body_head returned the quarterly analysis for 2025-Q1 for revision", "/review"],
      [`body_head assigned you item #${item!.id} — due 10.12.2026`, `/inbox?item=${item!.id}`],
    ]);
    const mail = await engine.database.db
      .select({ subject: outbox.subject, body: outbox.body, kind: outbox.kind })
      .from(outbox)
      .where(and(eq(outbox.userId, officer.user.id), like(outbox.dedupeKey, "notification:%")));
    expect(mail.map((m) => m.kind).sort()).toEqual(["notification.item.assigned", "notification.review.returned"]);
    expect(mail.find((m) => m.kind === "notification.item.assigned")!.subject).toMatch(/^Pikir: body_head сізге №/);
    expect((await app.inject({ url: "/api/notifications", headers: { cookie: headCookie } })).json().unread).toBe(0);

    const markAs = (cookie: string, ids: number[] | "all") =>
      app.inject({ method: "POST", url: "/api/notifications/read", payload: { ids }, headers: { cookie } });
    expect((await markAs(headCookie, [bell.items[0].id])).json()).toEqual({ marked: 0, unread: 0 });
    expect((await markAs(officerCookie, [bell.items[0].id])).json()).toEqual({ marked: 1, unread: 1 });
    expect((await markAs(officerCookie, "all")).json()).toEqual({ marked: 1, unread: 0 });
  });

  it("awaiting me: the officer's assignments with overdue marked, the head's view of the team and of reviews", async () => {
    const { ctx, body, head, officer, colleague } = await team();
    const [a, b] = await createItems(ctx, body.id, [{ kind: "remark" }, { kind: "comment" }]);
    await assignItem(ctx, head.actor, a!.id, { assigneeId: officer.user.id, dueOn: "2020-01-10" });
    await assignItem(ctx, head.actor, b!.id, { assigneeId: colleague.user.id, dueOn: "2999-01-01" });
    await submitReview(ctx, officer.actor, { bodyId: body.id, quarter: "2025-Q2", recommendations: ["Есеп"] });

    const mine = (
      await app.inject({ url: "/api/workspace/awaiting", headers: { cookie: await cookieOf(officer.user.email) } })
    ).json();
    expect(mine.assigned).toEqual([expect.objectContaining({ itemId: a!.id, overdue: true })]);
    expect(mine.overdue.map((i: { itemId: number }) => i.itemId)).toEqual([a!.id]);
    expect(mine.reviews).toEqual([]);

    const headCookie = await cookieOf(head.user.email);
    const heads = (await app.inject({ url: "/api/workspace/awaiting", headers: { cookie: headCookie } })).json();
    expect(heads.overdue).toEqual([
      expect.objectContaining({ itemId: a!.id, assigneeName: officer.user.displayName, dueOn: "2020-01-10" }),
    ]);
    expect(heads.reviews).toEqual([expect.objectContaining({ year: 2025, quarter: 2, status: "submitted" })]);

    const colleagues = (await app.inject({ url: "/api/workspace/colleagues", headers: { cookie: headCookie } })).json();
    expect(colleagues.map((c: { id: string }) => c.id).sort()).toEqual(
      [head.user.id, officer.user.id, colleague.user.id].sort(),
    );
    const assignment = (
      await app.inject({ url: `/api/items/${a!.id}/assignment`, headers: { cookie: headCookie } })
    ).json();
    expect(assignment).toMatchObject({
      assigneeName: officer.user.displayName,
      dueOn: "2020-01-10",
      assignedBy: "body_head",
    });
  });
});

describeEachEngine("evaluation rounds: one live round per period (UX review P2)", (engine) => {
  describe("two requests for one period at once", () => {
    it("open one round; the other is refused as a duplicate", async () => {
      const ctx = testContext(engine.database);
      await createBody(ctx);
      const analyst = await createUser(ctx, "ministry_analyst", null);
      const input = { title: "2025 жылдың 2-тоқсаны", periodFrom: "2025-04-01", periodTo: "2025-06-30" };
      const results = await Promise.allSettled([
        openRound(ctx, analyst.actor, input, "2026-12-02"),
        openRound(ctx, analyst.actor, input, "2026-12-02"),
      ]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
      expect(refused.reason).toBeInstanceOf(AppError);
      expect((refused.reason as AppError).code).toBe("round_duplicate");
    });
  });
});
