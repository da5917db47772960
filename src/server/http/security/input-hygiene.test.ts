/**
 * Review 2026-12-security W16, W21: text PostgreSQL cannot store (NUL, unpaired surrogates, bytes
 * that are not UTF-8) is refused with a clear 400 in the caller's language, never a 500 or a silent
 * U+FFFD; and only http(s) addresses are accepted, so no javascript: link is republished.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { describeEachEngine } from "../../../../test/db.ts";
import { createBody, createItems, createUser, testContext } from "../../../../test/factories.ts";
import { buildTestApp, signInCookie } from "../../../../test/http.ts";

describeEachEngine("input hygiene (W16, W21)", (engine) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(testContext(engine.database));
  });
  afterAll(async () => app.close());

  async function officer() {
    const ctx = testContext(engine.database);
    const body = await createBody(ctx);
    const { user } = await createUser(ctx, "body_officer", body.id);
    return { ctx, body, cookie: await signInCookie(app, user.email) };
  }

  it("W16: a NUL in a search gives 400 on the API and the unfiltered page on the portal", async () => {
    const { cookie } = await officer();
    for (const url of ["/api/feedback?q=%00", "/api/initiatives?q=a%00b", "/api/bodies?q=%00"]) {
      const response = await app.inject({ url, headers: { cookie, "accept-language": "kk" } });
      expect(response.statusCode, url).toBe(400);
      expect(response.json().error.message).toMatch(/^Деректер қате/);
    }
    expect((await app.inject({ url: "/portal?q=%00" })).statusCode).toBe(200);
  });

  it("W16: a NUL or a lone surrogate in a JSON body gives 400 (public form, items, decisions), and nothing is stored", async () => {
    const { ctx, body, cookie } = await officer();
    const nul = await app.inject({
      method: "POST",
      url: "/api/public/feedback",
      remoteAddress: "10.7.0.1",
      payload: `{"bodyId":"${body.id}","kind":"comment","text":"nul \\u0000 here"}`,
      headers: { "content-type": "application/json", "accept-language": "ru" },
    });
    expect(nul.statusCode).toBe(400);
    expect(nul.json().error.message).toMatch(/^Неверные данные: body\.text/);
    const surrogate = await app.inject({
      method: "POST",
      url: "/api/public/feedback",
      remoteAddress: "10.7.0.2",
      payload: `{"bodyId":"${body.id}","kind":"comment","text":"half \\ud800 pair"}`,
      headers: { "content-type": "application/json" },
    });
    expect(surrogate.statusCode).toBe(400);
    const item = await app.inject({
      method: "POST",
      url: "/api/feedback",
      headers: { cookie },
      payload: { bodyId: body.id, kind: "remark", text: "a\u0000b", receivedAt: "2025-06-01T10:00:00+05:00" },
    });
    expect(item.statusCode).toBe(400);
    const [remark] = await createItems(ctx, body.id, [{ kind: "remark" }]);
    const decision = await app.inject({
      method: "POST",
      url: `/api/feedback/${remark!.id}/decision`,
      headers: { cookie },
      payload: { outcome: "rejected", reason: "no\u0000" },
    });
    expect(decision.statusCode).toBe(400);
    const list = await app.inject({ url: `/api/feedback?limit=50`, headers: { cookie } });
    expect(list.json().items).toHaveLength(1);
  });

  it("W16: bytes that are not UTF-8 in a JSON body are refused, not replaced by U+FFFD", async () => {
    const { body } = await officer();
    const payload = Buffer.concat([
      Buffer.from(`{"bodyId":"${body.id}","kind":"comment","text":"`),
      Buffer.from("Привет", "latin1"),
      Buffer.from([0xcf, 0xf0, 0xe8]),
      Buffer.from(`"}`),
    ]);
    const response = await app.inject({
      method: "POST",
      url: "/api/public/feedback",
      remoteAddress: "10.7.0.3",
      payload,
      headers: { "content-type": "application/json", "accept-language": "en" },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toMatch(/not valid UTF-8/);
    const valid = await app.inject({
      method: "POST",
      url: "/api/public/feedback",
      remoteAddress: "10.7.0.3",
      payload: Buffer.from(`{"bodyId":"${body.id}","kind":"comment","text":"Сәлем, бәрі дұрыс 👍"}`),
      headers: { "content-type": "application/json; charset=utf-8" },
    });
    expect(valid.statusCode).toBe(201);
  });

  it("W21: javascript: and data: addresses are refused on initiatives, decisions and evidence", async () => {
    const { ctx, body, cookie } = await officer();
    const initiative = await app.inject({
      method: "POST",
      url: "/api/initiatives",
      headers: { cookie },
      payload: { bodyId: body.id, kind: "draft_legal_act", titleRu: "Проект", portalUrl: "javascript:alert(4)" },
    });
    expect(initiative.statusCode).toBe(400);
    const [remark] = await createItems(ctx, body.id, [{ kind: "remark" }]);
    const decision = await app.inject({
      method: "POST",
      url: `/api/feedback/${remark!.id}/decision`,
      headers: { cookie },
      payload: {
        outcome: "accepted",
        referenceKind: "act_clause",
        referenceText: "п. 5",
        referenceUrl: "javascript:alert(5)",
      },
    });
    expect(decision.statusCode).toBe(400);
    const media = await app.inject({
      method: "POST",
      url: "/api/evidence/media-work",
      headers: { cookie },
      payload: {
        bodyId: body.id,
        kind: "briefing",
        title: "Брифинг",
        url: "data:text/html,<script>alert(1)</script>",
        happenedOn: "2025-06-01",
      },
    });
    expect(media.statusCode).toBe(400);
    const ok = await app.inject({
      method: "POST",
      url: "/api/initiatives",
      headers: { cookie },
      payload: {
        bodyId: body.id,
        kind: "draft_legal_act",
        titleRu: "Проект",
        portalUrl: "https://legalacts.egov.kz/npa/view?id=1",
      },
    });
    expect(ok.statusCode).toBe(201);
  });

  it("W27: the inbox filters by the item's language (itemLang), and lang stays the response language", async () => {
    const { ctx, body, cookie } = await officer();
    await createItems(ctx, body.id, [
      { lang: "kk" },
      { lang: "ru", text: "Продлить срок" },
      { lang: "mixed", text: "Срокты ұзарту" },
    ]);
    const langs = async (query: string) =>
      (await app.inject({ url: `/api/feedback?limit=50&${query}`, headers: { cookie } }))
        .json()
        .items.map((i: { lang: string }) => i.lang)
        .sort();
    expect(await langs("itemLang=ru")).toEqual(["ru"]);
    expect(await langs("itemLang=mixed&lang=en")).toEqual(["mixed"]);
    expect(await langs("lang=kk")).toEqual(["kk", "mixed", "ru"]);
    const wrong = await app.inject({ url: `/api/feedback?lang=mixed`, headers: { cookie } });
    expect(wrong.statusCode).toBe(400);
  });

  it("W15: a calendar or overdue window longer than three years is refused with 400, a normal one works", async () => {
    const { body, cookie } = await officer();
    const huge = await app.inject({
      url: `/api/bodies/${body.id}/calendar?from=0001-01-01&to=9999-12-31`,
      headers: { cookie, "accept-language": "en" },
    });
    expect(huge.statusCode).toBe(400);
    expect(huge.json().error.message).toMatch(/at most 1098/);
    expect(
      (await app.inject({ url: `/api/bodies/${body.id}/calendar?from=2025-01-01&to=2025-12-31`, headers: { cookie } }))
        .statusCode,
    ).toBe(200);
    const analyst = await createUser(testContext(engine.database), "ministry_analyst", null);
    const analystCookie = await signInCookie(app, analyst.user.email);
    expect(
      (await app.inject({ url: `/api/compliance/overdue?from=0001-01-01`, headers: { cookie: analystCookie } }))
        .statusCode,
    ).toBe(400);
  });
});
