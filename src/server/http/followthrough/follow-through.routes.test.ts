import { afterAll, beforeAll, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { describeEachEngine } from "../../../../test/db.ts";
import { createBody, createItems, createUser, testContext } from "../../../../test/factories.ts";
import { buildTestApp, signInCookie } from "../../../../test/http.ts";
import { decideItem } from "../../services/feedback/decide-item.ts";
import { seedQuarter } from "../../services/analysis/quarter-fixture.test-support.ts";
import { insertDialogueEvent } from "../../repositories/evidence.repository.ts";

describeEachEngine("follow-through (§8, §13, §19) and §17 topics API", (engine) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(testContext(engine.database));
  });
  afterAll(async () => app.close());

  it("links an accepted proposal to the rule-making plan (§8) and refuses what does not fit", async () => {
    const ctx = testContext(engine.database);
    const body = await createBody(ctx);
    const other = await createBody(ctx);
    const { user, actor } = await createUser(ctx, "body_officer", body.id);
    const { user: stranger } = await createUser(ctx, "body_officer", other.id);
    const [accepted, undecided, budget, question] = await createItems(ctx, body.id, [
      { kind: "proposal" },
      { kind: "remark" },
      { kind: "proposal", channel: "budget_portal" },
      { kind: "comment", channel: "dialogue_portal" },
    ]);
    await decideItem(ctx, actor, {
      itemId: accepted!.id,
      outcome: "accepted",
      referenceKind: "act_clause",
      referenceText: "п. 4 приказа № 12",
    });
    await decideItem(ctx, actor, {
      itemId: budget!.id,
      outcome: "accepted",
      referenceKind: "budget_program",
      referenceText: "БП 001",
    });
    const cookie = await signInCookie(app, user.email);
    const post = (itemId: number, payload: Record<string, unknown>, c = cookie) =>
      app.inject({ method: "POST", url: `/api/items/${itemId}/follow-throughs`, headers: { cookie: c }, payload });
    const plan = {
      kind: "rule_making_plan",
      documentDate: "2025-04-10",
      documentTitle: "План законопроектных работ на 2026 год",
      documentNumber: "№ 45",
      documentUrl: "https://adilet.zan.kz/rus/docs/P2500000045",
    };

    const created = await post(accepted!.id, plan);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ kind: "rule_making_plan", paragraph: "§8", documentNumber: "№ 45" });
    expect((await post(undecided!.id, plan)).json().error.code).toBe("follow_through_not_accepted");
    expect((await post(budget!.id, plan)).json().error.code).toBe("follow_through_kind_mismatch");
    expect((await post(budget!.id, { ...plan, kind: "three_year_budget" })).statusCode).toBe(201);
    expect((await post(question!.id, { ...plan, kind: "conference_law_enforcement_review" })).statusCode).toBe(201);
    expect((await post(accepted!.id, { ...plan, documentDate: "2999-01-01" })).json().error.code).toBe(
      "evidence_date_future",
    );
    expect((await post(accepted!.id, plan, await signInCookie(app, stranger.email))).statusCode).toBe(403);

    const listed = await app.inject({ url: `/api/items/${accepted!.id}/follow-throughs`, headers: { cookie } });
    expect(listed.json()).toMatchObject({
      kinds: ["rule_making_plan", "legislative_plan"],
      links: [{ documentTitle: "План законопроектных работ на 2026 год" }],
    });
    const removed = await app.inject({
      method: "DELETE",
      url: `/api/follow-throughs/${created.json().id}`,
      headers: { cookie },
    });
    expect(removed.statusCode).toBe(204);
    const after = await app.inject({ url: `/api/items/${accepted!.id}/follow-throughs`, headers: { cookie } });
    expect(after.json().links).toEqual([]);
    // The §20 document lists where the period's items went (§13 and §19 remain; the §8 link was removed).
    const doc = await app.inject({
      url: `/api/reports/bodies/${body.id}/submission?period=2025-Q1&format=csv&lang=ru`,
      headers: { cookie },
    });
    expect(doc.statusCode).toBe(200);
    expect(doc.body).toContain("бюджет на следующую трёхлетку (§13)");
    expect(doc.body).toContain("пересмотр правоприменительной практики (§19)");
    expect(doc.body).not.toContain("план нормотворческой работы");
  });

  it("§17: builds the list from the quarter's appeals, keeps the body's edits, links §18 events, and the document uses it", async () => {
    const ctx = testContext(engine.database);
    const body = await createBody(ctx);
    const { user } = await createUser(ctx, "body_officer", body.id);
    const cookie = await signInCookie(app, user.email);
    await seedQuarter(ctx, body.id);
    const run = await app.inject({
      method: "POST",
      url: `/api/bodies/${body.id}/analysis/run?period=2025-Q1`,
      headers: { cookie },
    });
    expect(run.statusCode).toBe(202);

    const build = () =>
      app.inject({
        method: "POST",
        url: `/api/bodies/${body.id}/conference-topics/build`,
        headers: { cookie },
        payload: { quarter: "2025-Q1" },
      });
    const list = async () =>
      (
        await app.inject({ url: `/api/bodies/${body.id}/conference-topics?quarter=2025-Q1`, headers: { cookie } })
      ).json();
    const built = await build();
    expect(built.statusCode).toBe(200);
    expect(built.json().added).toBeGreaterThan(0);
    const topics = await list();
    expect(topics.length).toBe(built.json().added);
    expect(topics.every((t: { origin: string; items: number }) => t.origin === "analysis" && t.items > 0)).toBe(true);
    // The roads appeals are the quarter's clearest problem (topics are the quarter's own clusters,
    // keyed by their stems, issue 16); no portal draft is a topic.
    expect(topics.map((t: { topicKey: string }) => t.topicKey).join(" ")).toMatch(/дорог|жол/);

    const [first, second] = topics;
    const event = await insertDialogueEvent(engine.database.db, {
      bodyId: body.id,
      kind: "internet_conference",
      topic: "Жолдарды жөндеу",
      url: "https://dialog.egov.kz/blogs/9",
      startsOn: "2025-03-20",
    });
    const patch = await app.inject({
      method: "PATCH",
      url: `/api/conference-topics/${first.id}`,
      headers: { cookie },
      payload: { title: { kk: "Жолдарды жөндеу", ru: "Ремонт дорог" }, eventIds: [event.id] },
    });
    expect(patch.statusCode).toBe(204);
    expect(
      (
        await app.inject({
          method: "DELETE",
          url: `/api/conference-topics/${second.id}`,
          headers: { cookie },
        })
      ).statusCode,
    ).toBe(204);
    const added = await app.inject({
      method: "POST",
      url: `/api/bodies/${body.id}/conference-topics`,
      headers: { cookie },
      payload: { quarter: "2025-Q1", title: { ru: "Освещение улиц" } },
    });
    expect(added.statusCode).toBe(201);
    // A rebuild brings back neither the removed topic nor the renamed one's old name.
    expect((await build()).json().added).toBe(0);
    const kept = await list();
    expect(kept.map((t: { id: string }) => t.id)).not.toContain(second.id);
    expect(kept.find((t: { id: string }) => t.id === first.id)).toMatchObject({
      title: { kk: "Жолдарды жөндеу", ru: "Ремонт дорог" },
      events: [{ url: "https://dialog.egov.kz/blogs/9", startsOn: "2025-03-20" }],
    });
    expect(kept.at(-1)).toMatchObject({ origin: "body", title: { ru: "Освещение улиц" } });

    const doc = await app.inject({
      url: `/api/reports/bodies/${body.id}/topics?period=2025-Q1&format=csv&lang=ru`,
      headers: { cookie },
    });
    expect(doc.statusCode).toBe(200);
    expect(doc.body).toContain("Ремонт дорог");
    expect(doc.body).toContain("20.03.2025 https://dialog.egov.kz/blogs/9");
    expect(doc.body).toContain("Освещение улиц");
  });
});
