import { afterAll, beforeAll, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { describeEachEngine } from "../../../../test/db.ts";
import { createBody, createItems, createUser, testContext } from "../../../../test/factories.ts";
import { buildTestApp, signInCookie } from "../../../../test/http.ts";
import { seedQuarter } from "../../services/analysis/quarter-fixture.test-support.ts";

describeEachEngine("quarterly analysis API (§14, §17)", (engine) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(testContext(engine.database));
  });
  afterAll(async () => app.close());

  async function setup(role: "body_officer" | "body_head" = "body_officer") {
    const ctx = testContext(engine.database);
    const body = await createBody(ctx);
    const { user } = await createUser(ctx, role, body.id);
    return { ctx, body, cookie: await signInCookie(app, user.email) };
  }

  it("labels on demand and reports volumes, languages, topics with trends, the campaign, §17 topics and recommendations", async () => {
    const { ctx, body, cookie } = await setup();
    const seeded = await seedQuarter(ctx, body.id);
    // No queue in this process: the run happens in the request.
    for (const period of ["2025-Q1", "2024-Q4"]) {
      const run = await app.inject({
        method: "POST",
        url: `/api/bodies/${body.id}/analysis/run?period=${period}`,
        headers: { cookie },
      });
      expect(run.statusCode).toBe(202);
      expect(run.json()).toMatchObject({ jobId: null, status: "done" });
    }
    const response = await app.inject({ url: `/api/bodies/${body.id}/analysis?period=2025-Q1`, headers: { cookie } });
    expect(response.statusCode).toBe(200);
    const a = response.json();
    // The §14 scope (the default) counts appeals and social comments only, coverage and volumes too (issue 16).
    expect(a.coverage).toMatchObject({ items: 32, labelled: 32 });
    expect(a.volumes).toEqual([
      { channel: "appeal", kind: "appeal", items: 30 },
      { channel: "social_media", kind: "social_comment", items: 2 },
    ]);
    const all = (
      await app.inject({ url: `/api/bodies/${body.id}/analysis?period=2025-Q1&scope=all`, headers: { cookie } })
    ).json();
    expect(all.coverage).toMatchObject({ items: 34, labelled: 34 });
    expect(all.volumes).toEqual([
      { channel: "legal_acts_portal", kind: "comment", items: 1 },
      { channel: "legal_acts_portal", kind: "remark", items: 1 },
      { channel: "appeal", kind: "appeal", items: 30 },
      { channel: "social_media", kind: "social_comment", items: 2 },
    ]); // in the order the enums declare channels and kinds
    // §14 scope: 30 appeals + 2 social comments; 20 campaign letters, 3+2 roads/other kk texts...
    expect(a.languages).toEqual([
      { lang: "kk", items: 6 },
      { lang: "ru", items: 26 },
    ]);
    expect(a.sentiment.negative + a.sentiment.neutral + a.sentiment.positive).toBe(32);
    expect(
      a.sentimentByWeek.reduce(
        (s: number, w: { negative: number; neutral: number; positive: number }) =>
          s + w.negative + w.neutral + w.positive,
        0,
      ),
    ).toBe(32);
    expect(a.sentimentByWeek[0].week).toBe("2025-01-06"); // Monday of the week of 09.01.2025

    const sizes = a.topics.reduce((s: number, t: { size: number }) => s + t.size, 0);
    expect(sizes).toBe(32);
    const roads = a.topics.filter((t: { category: string }) => t.category === "roads");
    expect(roads.reduce((s: number, t: { size: number }) => s + t.size, 0)).toBeGreaterThanOrEqual(6);
    expect(roads.every((t: { trend: string }) => t.trend === "new")).toBe(true);
    const tariffs = a.topics.find((t: { category: string }) => t.category === "tariffs");
    expect(tariffs).toMatchObject({ trend: "fading", size: 2, previousSize: 3 });
    expect(tariffs.label.ru).toMatch(/тариф/i); // the quarter's own words (issue 16), not a fixed category name
    const campaignTopic = a.topics.find((t: { size: number }) => t.size >= 20);
    // The campaign lands in one topic (copies take the first letter's labels); its 19 copies count but are not distinct.
    expect(campaignTopic).toMatchObject({ size: 20, distinct: 1 });

    expect(a.campaigns).toMatchObject({ groups: 1, items: 20 });
    expect(a.campaigns.top[0]).toMatchObject({ rootItemId: seeded.campaign[0]!.id, size: 20, lang: "ru" });
    expect(a.campaigns.top[0].sampleText).toMatch(/вырубки сквера/);
    expect(a.conferenceTopics.length).toBeGreaterThan(0);
    expect(a.conferenceTopics[0].title.ru).toMatch(/^Интернет-конференция/);
    const roadKeys = new Set(roads.map((t: { key: string }) => t.key));
    const roadRecommendation = a.recommendations.find((r: { topicKey: string | null }) => roadKeys.has(r.topicKey));
    expect(roadRecommendation.text.kk).toMatch(/тақырып осы тоқсанда пайда болды/);
    expect(roadRecommendation.text.en).toMatch(/the topic is new this quarter/);
    const campaignRecommendation = a.recommendations.find(
      (r: { campaignRootId: number | null }) => r.campaignRootId === seeded.campaign[0]!.id,
    );
    expect(campaignRecommendation.text.ru).toMatch(/из 20 почти одинаковых писем \(первое поступило 10\.03\.2025\)/);

    // The items behind the numbers: the campaign, a topic, a week, a channel.
    const items = (query: string) =>
      app
        .inject({ url: `/api/bodies/${body.id}/analysis/items?period=2025-Q1&${query}`, headers: { cookie } })
        .then((r) => r.json());
    const campaign = await items(`campaign=${seeded.campaign[0]!.id}&limit=500`);
    expect(campaign.total).toBe(20);
    expect(new Set(campaign.items.map((i: { id: number }) => i.id))).toEqual(new Set(seeded.campaign.map((c) => c.id)));
    expect(Object.keys(campaign.items[0])).toEqual(["id", "channel", "kind", "text", "receivedAt", "label"]); // no author or metadata
    const topic = await items(`topic=${encodeURIComponent(tariffs.key)}`);
    expect(topic.total).toBe(2);
    const week = await items(`week=${a.sentimentByWeek[0].week}&sentiment=negative`);
    expect(week.total).toBe(a.sentimentByWeek[0].negative);
    expect((await items("channel=legal_acts_portal")).total).toBe(0); // not §14
    const portal = await items("scope=all&channel=legal_acts_portal");
    expect(portal.total).toBe(2);
    const kk = await items("itemLang=kk");
    expect(kk.total).toBe(6);

    const bad = await app.inject({ url: `/api/bodies/${body.id}/analysis?period=2025`, headers: { cookie } });
    expect(bad.statusCode).toBe(400);
  });

  it("shows the latest labelling run's progress (issue 12)", async () => {
    const { ctx, body, cookie } = await setup();
    const before = await app.inject({ url: `/api/bodies/${body.id}/analysis/labelling`, headers: { cookie } });
    expect(before.statusCode).toBe(200);
    expect(before.json()).toEqual({ run: null });
    await seedQuarter(ctx, body.id);
    await app.inject({
      method: "POST",
      url: `/api/bodies/${body.id}/analysis/run?period=2025-Q1`,
      headers: { cookie },
    });
    const after = await app.inject({ url: `/api/bodies/${body.id}/analysis/labelling`, headers: { cookie } });
    expect(after.json().run).toMatchObject({
      status: "done",
      from: "2025-01-01",
      to: "2025-03-31",
      itemsDone: 34,
      itemsTotal: 34,
      changed: 34,
      error: null,
    });
    expect(after.json().run.finishedAt).not.toBeNull();
  });

  it("puts the least confident unreviewed items first in the review queue and takes corrections", async () => {
    const { ctx, body, cookie } = await setup();
    await seedQuarter(ctx, body.id);
    await app.inject({
      method: "POST",
      url: `/api/bodies/${body.id}/analysis/run?period=2025-Q1`,
      headers: { cookie },
    });
    const queue = await app.inject({
      url: `/api/bodies/${body.id}/analysis/review-queue?period=2025-Q1&limit=100`,
      headers: { cookie },
    });
    expect(queue.statusCode).toBe(200);
    const confidences = queue.json().items.map((i: { label: { minConfidence: number } }) => i.label.minConfidence);
    expect(confidences).toEqual([...confidences].sort((x, y) => x - y));
    expect(queue.json().total).toBe(34);
    const first = queue.json().items[0];

    const corrected = await app.inject({
      method: "POST",
      url: `/api/feedback/${first.id}/labels`,
      headers: { cookie },
      payload: { field: "sentiment", value: "positive", reason: "Алғыс" },
    });
    expect(corrected.statusCode).toBe(201);
    expect(corrected.json().label).toMatchObject({ sentiment: "positive", reviewed: ["sentiment"] });
    const after = await app.inject({
      url: `/api/bodies/${body.id}/analysis/review-queue?period=2025-Q1&limit=100`,
      headers: { cookie },
    });
    expect(after.json().total).toBe(33);
    const history = await app.inject({ url: `/api/feedback/${first.id}/labels`, headers: { cookie } });
    expect(history.json().corrections).toMatchObject([{ field: "sentiment", newValue: "positive", reason: "Алғыс" }]);
    const invalid = await app.inject({
      method: "POST",
      url: `/api/feedback/${first.id}/labels`,
      headers: { cookie },
      payload: { field: "colour", value: "red" },
    });
    expect(invalid.statusCode).toBe(400);
  });

  it("a kind correction of a portal item reclassifies it, so the body's live indicator changes", async () => {
    const { ctx, body, cookie } = await setup();
    const [comment, remark] = await createItems(ctx, body.id, [
      { kind: "comment", text: "Жоба дұрыс, қолдаймын", receivedAt: new Date("2025-02-02T10:00:00+05:00") },
      { kind: "remark", text: "Жоба жақсы, рақмет", receivedAt: new Date("2025-02-03T10:00:00+05:00") },
    ]);
    const answer = await app.inject({
      method: "POST",
      url: `/api/feedback/${comment!.id}/answer`,
      headers: { cookie },
      payload: { text: "Рақмет" },
    });
    expect(answer.statusCode).toBe(201);
    const indicator = () =>
      app.inject({ url: `/api/bodies/${body.id}/indicator?period=2025-Q1`, headers: { cookie } }).then((r) => r.json());
    expect(await indicator()).toMatchObject({ C: 1, B: 0, G: 1, E: 1, F: 0 });

    const corrected = await app.inject({
      method: "POST",
      url: `/api/feedback/${remark!.id}/labels`,
      headers: { cookie },
      payload: { field: "kind", value: "comment", reason: "Нақты ескерту жоқ (8-анықтама)" },
    });
    expect(corrected.statusCode).toBe(201);
    expect(corrected.json()).toMatchObject({ reclassified: true, label: { kind: "comment" } });
    expect(await indicator()).toMatchObject({ C: 0, G: 2, E: 1, F: 50 });
    const detail = await app.inject({ url: `/api/feedback/${remark!.id}`, headers: { cookie } });
    expect(detail.json().item).toMatchObject({ kind: "comment", kindOrigin: "reviewer" });
    expect(detail.json().audit.map((e: { action: string }) => e.action)).toEqual([
      "item.reclassify",
      "analysis.correct",
    ]);

    // The ministry reviews labels but does not change what counts in F.
    const { user: analyst } = await createUser(ctx, "ministry_analyst", null);
    const analystCookie = await signInCookie(app, analyst.email);
    const kind = await app.inject({
      method: "POST",
      url: `/api/feedback/${remark!.id}/labels`,
      headers: { cookie: analystCookie },
      payload: { field: "kind", value: "remark" },
    });
    expect(kind.statusCode).toBe(403);
    const sentiment = await app.inject({
      method: "POST",
      url: `/api/feedback/${remark!.id}/labels`,
      headers: { cookie: analystCookie },
      payload: { field: "sentiment", value: "positive" },
    });
    expect(sentiment.statusCode).toBe(201);
    const read = await app.inject({
      url: `/api/bodies/${body.id}/analysis?period=2025-Q1`,
      headers: { cookie: analystCookie },
    });
    expect(read.statusCode).toBe(200);
  });

  it("refuses an officer of another body everywhere, and anonymous callers", async () => {
    const { ctx, body } = await setup();
    const [item] = await createItems(ctx, body.id, [{ channel: "appeal", kind: "appeal", text: "Жол жөнделмеді" }]);
    const { cookie: stranger } = await setup("body_head");
    const urls: [string, string][] = [
      ["GET", `/api/bodies/${body.id}/analysis?period=2025-Q1`],
      ["GET", `/api/bodies/${body.id}/analysis/items?period=2025-Q1`],
      ["GET", `/api/bodies/${body.id}/analysis/review-queue`],
      ["POST", `/api/bodies/${body.id}/analysis/run?period=2025-Q1`],
      ["GET", `/api/bodies/${body.id}/analysis/labelling`],
    ];
    for (const [method, url] of urls) {
      const response = await app.inject({ method: method as "GET" | "POST", url, headers: { cookie: stranger } });
      expect(response.statusCode, `${method} ${url}`).toBe(403);
      const anonymous = await app.inject({ method: method as "GET" | "POST", url });
      expect(anonymous.statusCode, `anonymous ${method} ${url}`).toBe(401);
    }
    const correction = await app.inject({
      method: "POST",
      url: `/api/feedback/${item!.id}/labels`,
      headers: { cookie: stranger },
      payload: { field: "sentiment", value: "neutral" },
    });
    // Another body's item reads as missing, like an id that does not exist (security review W23),
    // for the correction and for the read of its labels.
    expect(correction.statusCode).toBe(404);
    const labels = await app.inject({ url: `/api/feedback/${item!.id}/labels`, headers: { cookie: stranger } });
    expect(labels.statusCode).toBe(404);
    expect((await app.inject({ url: `/api/feedback/${item!.id}/labels` })).statusCode).toBe(401);
    const missing = await app.inject({
      url: `/api/bodies/00000000-0000-4000-8000-000000000000/analysis?period=2025-Q1`,
      headers: { cookie: stranger },
    });
    expect(missing.statusCode).toBe(404);
  });
});
