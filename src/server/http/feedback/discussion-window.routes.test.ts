import { afterAll, beforeAll, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { describeEachEngine } from "../../../../test/db.ts";
import { createBody, createUser, testContext } from "../../../../test/factories.ts";
import { buildTestApp, signInCookie } from "../../../../test/http.ts";
import { createInitiative } from "../../services/initiatives/save-initiative.ts";
import { closeEndedDiscussions } from "../../services/initiatives/close-ended-discussions.ts";
import { findInitiative } from "../../repositories/initiative.repository.ts";
import { listAuditForEntity } from "../../repositories/audit.repository.ts";
import { upsertInitiative } from "../../repositories/import-items.repository.ts";

// §5 (issue 10, audit §5): the discussion period applies to items, and a discussion closes by itself.
describeEachEngine("§5 discussion window", (engine) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(testContext(engine.database));
  });
  afterAll(async () => app.close());

  it("marks items received before or after the period (still counted) and closes ended discussions, audited", async () => {
    const ctx = testContext(engine.database);
    const body = await createBody(ctx);
    const officer = await createUser(ctx, "body_officer", body.id);
    const cookie = await signInCookie(app, officer.user.email);
    const draft = await createInitiative(ctx, officer.actor, {
      bodyId: body.id,
      kind: "draft_legal_act",
      status: "in_discussion",
      titleKk: "Бұйрық жобасы",
      discussionStartsOn: "2025-11-01",
      discussionEndsOn: "2025-11-15",
    });
    const running = await createInitiative(ctx, officer.actor, {
      bodyId: body.id,
      kind: "draft_legal_act",
      status: "in_discussion",
      titleKk: "Екінші жоба",
      discussionStartsOn: "2025-11-20",
      discussionEndsOn: "2025-12-10",
    });
    const register = async (receivedAt: string, ref: string) =>
      (
        await app.inject({
          method: "POST",
          url: "/api/feedback",
          headers: { cookie },
          payload: {
            bodyId: body.id,
            initiativeId: draft.id,
            channel: "legal_acts_portal",
            kind: "remark",
            text: "5-тармақты өзгерту керек",
            receivedAt,
            sourceRef: ref,
          },
        })
      ).json();
    // Kazakhstan days: 15.11 23:30 Astana is still inside; 16.11 00:10 Astana is after.
    const inside = await register("2025-11-15T23:30:00+05:00", "ХАТ-1");
    const late = await register("2025-11-16T00:10:00+05:00", "ХАТ-2");
    const early = await register("2025-10-31T12:00:00+05:00", "ХАТ-3");
    expect([inside.outsideDiscussionWindow, late.outsideDiscussionWindow, early.outsideDiscussionWindow]).toEqual([
      null,
      "after",
      "before",
    ]);
    const one = await app.inject({ url: `/api/feedback/${late.id}`, headers: { cookie } });
    expect(one.json().item.outsideDiscussionWindow).toBe("after");
    const list = await app.inject({ url: `/api/feedback?initiativeId=${draft.id}`, headers: { cookie } });
    expect(
      Object.fromEntries(
        list
          .json()
          .items.map((i: { id: number; outsideDiscussionWindow: string | null }) => [i.id, i.outsideDiscussionWindow]),
      ),
    ).toEqual({ [inside.id]: null, [late.id]: "after", [early.id]: "before" });

    // The day after the last day, the draft closes by itself; a running discussion stays open.
    expect(await closeEndedDiscussions(ctx, "2025-11-15")).toEqual({ closed: 0 });
    expect((await closeEndedDiscussions(ctx, "2025-11-16")).closed).toBeGreaterThanOrEqual(1);
    expect((await findInitiative(ctx.database.db, draft.id))!.status).toBe("discussion_closed");
    expect((await findInitiative(ctx.database.db, running.id))!.status).toBe("in_discussion");
    const audit = await listAuditForEntity(ctx.database.db, "initiative", draft.id);
    expect(audit.map((a) => [a.action, a.actorLabel])).toContainEqual(["initiative.close_discussion", "system"]);

    // An import of a draft whose period has already ended stores it closed.
    const imported = await upsertInitiative(ctx.database.db, body.id, {
      kind: "draft_legal_act",
      titleKk: "Импортталған жоба",
      titleRu: null,
      startsOn: "2025-09-01",
      endsOn: "2025-09-15",
      url: null,
      summary: null,
      source: "legalacts",
      sourceRef: `LA-${body.id}`,
    });
    expect((await findInitiative(ctx.database.db, imported.id))!.status).toBe("discussion_closed");
  });
});
