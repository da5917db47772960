import { afterAll, beforeAll, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { describeEachEngine } from "../../../../test/db.ts";
import { createBody, createItems, createUser, testContext } from "../../../../test/factories.ts";
import { buildTestApp, signInCookie } from "../../../../test/http.ts";
import { decideItem } from "../../services/feedback/decide-item.ts";
import { eq } from "drizzle-orm";
import { initiatives } from "../../db/index.ts";

describeEachEngine("initiatives and evidence API", (engine) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(testContext(engine.database));
  });
  afterAll(async () => app.close());

  it("registers an initiative for the officer's body only, and publishes its discussion report", async () => {
    const ctx = testContext(engine.database);
    const body = await createBody(ctx);
    const other = await createBody(ctx);
    const { user, actor } = await createUser(ctx, "body_officer", body.id);
    const cookie = await signInCookie(app, user.email);
    const payload = {
      bodyId: body.id,
      kind: "draft_legal_act",
      status: "in_discussion",
      titleKk: "Субсидиялау қағидаларына өзгерістер",
      titleRu: "Изменения в правила субсидирования",
      discussionStartsOn: "2025-03-01",
      discussionEndsOn: "2025-03-15",
      infoMessage: "Талқылау 01.03.2025 – 15.03.2025",
      portalUrl: "https://legalacts.egov.kz/npa/view?id=1",
    };
    const created = await app.inject({ method: "POST", url: "/api/initiatives", headers: { cookie }, payload });
    expect(created.statusCode).toBe(201);
    const initiative = created.json();
    expect(initiative.discussion).toEqual({ startsOn: "2025-03-01", endsOn: "2025-03-15" });
    const foreign = await app.inject({
      method: "POST",
      url: "/api/initiatives",
      headers: { cookie },
      payload: { ...payload, bodyId: other.id },
    });
    expect(foreign.statusCode).toBe(403);
    const backwards = await app.inject({
      method: "POST",
      url: "/api/initiatives",
      headers: { cookie },
      payload: { ...payload, discussionEndsOn: "2025-02-01" },
    });
    expect(backwards.statusCode).toBe(400);

    const [remark, proposal] = await createItems(ctx, body.id, [
      { kind: "remark", initiativeId: initiative.id, clauseRef: "4-тармақ" },
      { kind: "proposal", initiativeId: initiative.id },
      { kind: "comment", initiativeId: initiative.id },
    ]);
    await decideItem(ctx, actor, {
      itemId: remark!.id,
      outcome: "accepted",
      referenceKind: "act_clause",
      referenceText: "Бұйрықтың 4-тармағы",
    });
    await decideItem(ctx, actor, { itemId: proposal!.id, outcome: "rejected", reason: "Реттеу нысанасына жатпайды" });
    const report = (await app.inject({ url: `/api/initiatives/${initiative.id}/discussion-report` })).json();
    expect(report.totals).toEqual({ remarks: 2, accepted: 1, rejected: 1, undecided: 0, comments: 1, answered: 0 });
    expect(
      report.remarks.map((r: { outcome: string; reference: string | null; reason: string | null }) => [
        r.outcome,
        r.reference ?? r.reason,
      ]),
    ).toEqual([
      ["accepted", "Бұйрықтың 4-тармағы"],
      ["rejected", "Реттеу нысанасына жатпайды"],
    ]);
    expect(JSON.stringify(report)).not.toContain("authorRef");

    const listed = (await app.inject({ url: `/api/initiatives?bodyId=${body.id}&kind=draft_legal_act` })).json();
    expect(listed.items.map((i: { id: string }) => i.id)).toEqual([initiative.id]);
    const patched = await app.inject({
      method: "PATCH",
      url: `/api/initiatives/${initiative.id}`,
      headers: { cookie },
      payload: { status: "discussion_closed" },
    });
    expect(patched.json().status).toBe("discussion_closed");

    // §23: a checked address that changes is "not checked" again; other changes keep the flag.
    await engine.database.db
      .update(initiatives)
      .set({ openAccess: true, openAccessCheckedAt: new Date() })
      .where(eq(initiatives.id, initiative.id));
    const renamed = await app.inject({
      method: "PATCH",
      url: `/api/initiatives/${initiative.id}`,
      headers: { cookie },
      payload: { summary: "Түйіндеме", portalUrl: initiative.portalUrl },
    });
    expect(renamed.json().openAccess).toBe(true);
    const moved = await app.inject({
      method: "PATCH",
      url: `/api/initiatives/${initiative.id}`,
      headers: { cookie },
      payload: { portalUrl: "https://legalacts.egov.kz/npa/view?id=2" },
    });
    expect(moved.json()).toMatchObject({ portalUrl: "https://legalacts.egov.kz/npa/view?id=2", openAccess: null });
  });

  it("keeps the title and the information message per language, and the portal shows the reader's (§5, §10)", async () => {
    const ctx = testContext(engine.database);
    const body = await createBody(ctx);
    const { user } = await createUser(ctx, "body_officer", body.id);
    const cookie = await signInCookie(app, user.email);
    const created = await app.inject({
      method: "POST",
      url: "/api/initiatives",
      headers: { cookie },
      payload: {
        bodyId: body.id,
        kind: "project",
        status: "in_discussion",
        titleKk: "Саябақтарды абаттандыру",
        titleRu: "Благоустройство парков",
        infoMessage: "  ",
        infoMessageRu: "Обсуждение до 15.03.2025",
      },
    });
    expect(created.statusCode).toBe(201);
    const initiative = created.json();
    // A blank Kazakh field is no message; the Russian one publishes the message (its date is set once).
    expect(initiative.infoMessage).toMatchObject({ kk: null, ru: "Обсуждение до 15.03.2025", en: null });
    const firstPublished = initiative.infoMessage.publishedAt;
    expect(firstPublished).not.toBeNull();

    const patched = await app.inject({
      method: "PATCH",
      url: `/api/initiatives/${initiative.id}`,
      headers: { cookie },
      payload: { infoMessage: "Талқылау 15.03.2025 дейін", titleEn: "Park improvement" },
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json().infoMessage).toMatchObject({
      text: "Талқылау 15.03.2025 дейін",
      kk: "Талқылау 15.03.2025 дейін",
      ru: "Обсуждение до 15.03.2025",
      publishedAt: firstPublished,
    });
    expect(patched.json().title).toEqual({
      kk: "Саябақтарды абаттандыру",
      ru: "Благоустройство парков",
      en: "Park improvement",
    });

    const untitled = await app.inject({
      method: "PATCH",
      url: `/api/initiatives/${initiative.id}`,
      headers: { cookie, "accept-language": "ru" },
      payload: { titleKk: null, titleRu: null, titleEn: null },
    });
    expect(untitled.statusCode).toBe(400);
    expect(untitled.json().error.message).toBe("Укажите название на казахском или русском языке.");

    const kk = (await app.inject({ url: `/portal/initiatives/${initiative.id}` })).body;
    expect(kk).toContain("<h1>Саябақтарды абаттандыру</h1>");
    expect(kk).toContain("Талқылау 15.03.2025 дейін");
    const ru = (await app.inject({ url: `/portal/initiatives/${initiative.id}?lang=ru` })).body;
    expect(ru).toContain("<h1>Благоустройство парков</h1>");
    expect(ru).toContain("Обсуждение до 15.03.2025");
    expect(ru).not.toContain("Талқылау 15.03.2025 дейін");
    // No English message: the English reader gets the Russian one (en → ru → kk), not nothing.
    const en = (await app.inject({ url: `/portal/initiatives/${initiative.id}?lang=en` })).body;
    expect(en).toContain("<h1>Park improvement</h1>");
    expect(en).toContain("Обсуждение до 15.03.2025");
  });

  it("records §16 results publications with the quarter rule, and lists them publicly", async () => {
    const ctx = testContext(engine.database);
    const body = await createBody(ctx);
    const { user } = await createUser(ctx, "body_head", body.id);
    const cookie = await signInCookie(app, user.email);
    const base = {
      bodyId: body.id,
      periodYear: 2025,
      title: "Аралық нәтижелер",
      url: "https://www.gov.kz/results/q1",
      publishedOn: "2025-04-10",
    };
    const noQuarter = await app.inject({
      method: "POST",
      url: "/api/evidence/result-publications",
      headers: { cookie },
      payload: { ...base, kind: "interim" },
    });
    expect(noQuarter.statusCode).toBe(400);
    const ok = await app.inject({
      method: "POST",
      url: "/api/evidence/result-publications",
      headers: { cookie },
      payload: { ...base, kind: "interim", periodQuarter: 1 },
    });
    expect(ok.statusCode).toBe(201);
    const event = await app.inject({
      method: "POST",
      url: "/api/evidence/dialogue-events",
      headers: { cookie },
      payload: {
        bodyId: body.id,
        kind: "survey",
        topic: "Қоғамдық көлік",
        url: "https://dialog.egov.kz/surveys/1",
        startsOn: "2025-05-01",
      },
    });
    expect(event.statusCode).toBe(201);
    const listed = (await app.inject({ url: `/api/evidence/result-publications?bodyId=${body.id}` })).json();
    expect(listed.map((p: { periodQuarter: number }) => p.periodQuarter)).toEqual([1]);
    expect((await app.inject({ url: `/api/evidence/dialogue-events?bodyId=${body.id}` })).json()[0].topic).toBe(
      "Қоғамдық көлік",
    );
  });
});
