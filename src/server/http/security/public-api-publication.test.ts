/**
 * Review 2026-12-security W3: the anonymous JSON API follows the portal's publication and redaction
 * rules: no unpublished draft (list, by id, report), and no raw IIN, phone or e-mail in the report.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { describeEachEngine } from "../../../../test/db.ts";
import { createBody, createItems, createUser, testContext } from "../../../../test/factories.ts";
import { buildTestApp, signInCookie } from "../../../../test/http.ts";
import { createInitiative } from "../../services/initiatives/save-initiative.ts";
import { decideItem } from "../../services/feedback/decide-item.ts";

describeEachEngine("public JSON API: publication and redaction (W3)", (engine) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(testContext(engine.database));
  });
  afterAll(async () => app.close());

  async function seed() {
    const ctx = testContext(engine.database);
    const body = await createBody(ctx);
    const officer = await createUser(ctx, "body_officer", body.id);
    const draft = await createInitiative(ctx, officer.actor, {
      bodyId: body.id,
      kind: "draft_legal_act",
      status: "draft",
      titleRu: "DRAFT-SECRET",
      summary: "internal",
    });
    const open = await createInitiative(ctx, officer.actor, {
      bodyId: body.id,
      kind: "draft_legal_act",
      status: "discussion_closed",
      titleRu: "Открытый проект",
      discussionStartsOn: "2025-03-01",
      discussionEndsOn: "2025-03-20",
    });
    const [remark] = await createItems(ctx, body.id, [
      { initiativeId: open.id, lang: "ru", text: "Мой ИИН 880303350789, тел +7 701 123 45 67, e-mail ivanov@mail.kz" },
    ]);
    await decideItem(ctx, officer.actor, {
      itemId: remark!.id,
      outcome: "rejected",
      reason: "Сообщено по +7 701 123 45 67",
    });
    return { body, draft, open, officerCookie: await signInCookie(app, officer.user.email) };
  }

  it("an anonymous caller sees no draft: not listed, 404 by id and for its report", async () => {
    const { body, draft, open } = await seed();
    const list = await app.inject({ url: `/api/initiatives?bodyId=${body.id}&limit=50` });
    expect(list.json().items.map((i: { id: string }) => i.id)).toEqual([open.id]);
    const drafts = await app.inject({ url: `/api/initiatives?status=draft&limit=100` });
    expect(drafts.json().items.filter((i: { id: string }) => i.id === draft.id)).toEqual([]);
    expect((await app.inject({ url: `/api/initiatives/${draft.id}` })).statusCode).toBe(404);
    expect((await app.inject({ url: `/api/initiatives/${draft.id}/discussion-report` })).statusCode).toBe(404);
    expect((await app.inject({ url: `/portal/initiatives/${draft.id}` })).statusCode).toBe(404);
  });

  it("the body's own officer still sees its draft; another body's officer does not", async () => {
    const { body, draft, officerCookie } = await seed();
    const own = await app.inject({
      url: `/api/initiatives?bodyId=${body.id}&limit=50`,
      headers: { cookie: officerCookie },
    });
    expect(own.json().items.map((i: { id: string }) => i.id)).toContain(draft.id);
    expect(
      (await app.inject({ url: `/api/initiatives/${draft.id}`, headers: { cookie: officerCookie } })).statusCode,
    ).toBe(200);
    const ctx = testContext(engine.database);
    const stranger = await createUser(ctx, "body_officer", (await createBody(ctx)).id);
    const cookie = await signInCookie(app, stranger.user.email);
    expect((await app.inject({ url: `/api/initiatives/${draft.id}`, headers: { cookie } })).statusCode).toBe(404);
  });

  it("the discussion report masks the IIN, phone and e-mail in texts and reasons, as the portal does", async () => {
    const { open, officerCookie } = await seed();
    for (const headers of [{}, { cookie: officerCookie }]) {
      const report = await app.inject({ url: `/api/initiatives/${open.id}/discussion-report`, headers });
      expect(report.statusCode).toBe(200);
      for (const secret of ["880303350789", "701 123 45 67", "ivanov@mail.kz"])
        expect(report.body).not.toContain(secret);
      const [row] = report.json().remarks;
      expect(row.text).toBe("Мой ИИН ************, тел +7 *** *** ** 67, e-mail i***@mail.kz");
      expect(row.reason).toBe("Сообщено по +7 *** *** ** 67");
    }
  });
});
