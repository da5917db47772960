/**
 * Review 2026-12-security W1, W25: a write that names another body's initiative is refused (as "not
 * found", like an id that does not exist), and the database refuses it for every other writer too.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { sql } from "drizzle-orm";
import { describeEachEngine } from "../../../../test/db.ts";
import { createBody, createItems, createUser, testContext } from "../../../../test/factories.ts";
import { buildTestApp, signInCookie } from "../../../../test/http.ts";
import { createInitiative } from "../../services/initiatives/save-initiative.ts";

describeEachEngine("cross-tenant writes (W1, W25)", (engine) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(testContext(engine.database));
  });
  afterAll(async () => app.close());

  async function twoBodies() {
    const ctx = testContext(engine.database);
    const [mine, theirs] = [await createBody(ctx), await createBody(ctx)];
    const me = await createUser(ctx, "body_officer", mine.id);
    const them = await createUser(ctx, "body_officer", theirs.id);
    const theirInitiative = await createInitiative(ctx, them.actor, {
      bodyId: theirs.id,
      kind: "draft_legal_act",
      status: "discussion_closed",
      titleRu: "Проект Минфина",
      discussionStartsOn: "2025-05-01",
      discussionEndsOn: "2025-05-20",
    });
    return { ctx, mine, theirs, theirInitiative, cookie: await signInCookie(app, me.user.email) };
  }

  it("W1: an item of my body naming another body's initiative is refused, and nothing reaches that body's report", async () => {
    const { mine, theirInitiative, cookie } = await twoBodies();
    const injected = await app.inject({
      method: "POST",
      url: "/api/feedback",
      headers: { cookie, "accept-language": "kk" },
      payload: {
        bodyId: mine.id,
        initiativeId: theirInitiative.id,
        kind: "remark",
        text: "CROSS-TENANT remark",
        receivedAt: "2025-06-01T10:00:00+05:00",
      },
    });
    expect(injected.statusCode).toBe(404);
    expect(injected.json().error.code).toBe("not_found");
    const report = await app.inject({ url: `/api/initiatives/${theirInitiative.id}/discussion-report` });
    expect(report.json().totals.remarks).toBe(0);
    const list = await app.inject({ url: `/api/feedback?q=CROSS-TENANT`, headers: { cookie } });
    expect(list.json().items).toEqual([]);
  });

  it("W1: the database itself refuses an item whose initiative belongs to another body (importers, seed, any writer)", async () => {
    const { ctx, mine, theirInitiative } = await twoBodies();
    await expect(createItems(ctx, mine.id, [{ initiativeId: theirInitiative.id }])).rejects.toThrow();
    // The initiative's own body can still attach items to it.
    const [ok] = await createItems(ctx, theirInitiative.bodyId, [{ initiativeId: theirInitiative.id }]);
    expect(ok!.initiativeId).toBe(theirInitiative.id);
    await expect(
      engine.database.db.execute(sql`update feedback_items set body_id = ${mine.id}::uuid where id = ${ok!.id}`),
    ).rejects.toThrow();
  });

  it("W25: evidence of my body naming another body's initiative is refused", async () => {
    const { mine, theirInitiative, cookie } = await twoBodies();
    const publication = await app.inject({
      method: "POST",
      url: "/api/evidence/result-publications",
      headers: { cookie },
      payload: {
        bodyId: mine.id,
        initiativeId: theirInitiative.id,
        kind: "final",
        periodYear: 2025,
        title: "Results",
        url: "https://gov.kz/r",
        publishedOn: "2025-12-01",
      },
    });
    expect(publication.statusCode).toBe(404);
    const media = await app.inject({
      method: "POST",
      url: "/api/evidence/media-work",
      headers: { cookie },
      payload: {
        bodyId: mine.id,
        initiativeId: theirInitiative.id,
        kind: "briefing",
        title: "Briefing",
        happenedOn: "2025-06-01",
      },
    });
    expect(media.statusCode).toBe(404);
    const withoutInitiative = await app.inject({
      method: "POST",
      url: "/api/evidence/media-work",
      headers: { cookie },
      payload: { bodyId: mine.id, kind: "briefing", title: "Briefing", happenedOn: "2025-06-01" },
    });
    expect(withoutInitiative.statusCode).toBe(201);
  });

  it("W23: writing to another body's item answers exactly as for an id that does not exist (no oracle)", async () => {
    const { ctx, theirs, cookie } = await twoBodies();
    const [remark, comment] = await createItems(ctx, theirs.id, [{ kind: "remark" }, { kind: "comment" }]);
    const missing = 2_000_000_000;
    const attempts = (id: number) => [
      {
        method: "POST" as const,
        url: `/api/feedback/${id}/decision`,
        payload: { outcome: "rejected", reason: "not ours" },
      },
      { method: "POST" as const, url: `/api/feedback/${id}/answer`, payload: { text: "x" } },
      { method: "PATCH" as const, url: `/api/feedback/${id}/kind`, payload: { kind: "comment" } },
      {
        method: "POST" as const,
        url: `/api/feedback/${id}/labels`,
        payload: { field: "sentiment", value: "positive" },
      },
      // Reading another body's labels too (was 403, telling its ids apart from missing ones).
      { method: "GET" as const, url: `/api/feedback/${id}/labels` },
    ];
    for (const [i, id] of [remark!.id, comment!.id].entries()) {
      const real = await Promise.all(attempts(id).map((a) => app.inject({ ...a, headers: { cookie } })));
      const none = await Promise.all(attempts(missing + i).map((a) => app.inject({ ...a, headers: { cookie } })));
      expect(real.map((r) => r.statusCode)).toEqual(none.map((r) => r.statusCode));
      expect(real.map((r) => r.statusCode)).toEqual([404, 404, 404, 404, 404]);
    }
  });
});
