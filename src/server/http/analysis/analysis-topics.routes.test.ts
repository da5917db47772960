import { afterAll, beforeAll, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { describeEachEngine } from "../../../../test/db.ts";
import { createBody, createUser, testContext } from "../../../../test/factories.ts";
import { buildTestApp, signInCookie } from "../../../../test/http.ts";
import { seedQuarter } from "../../services/analysis/quarter-fixture.test-support.ts";

interface TopicOut {
  key: string;
  label: { kk: string; ru: string; en: string };
  size: number;
  named: boolean;
}

describeEachEngine("the §14 page tells the truth: scope, own topics, saved drafts (issue 16)", (engine) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(testContext(engine.database));
  });
  afterAll(async () => app.close());

  async function setup() {
    const ctx = testContext(engine.database);
    const body = await createBody(ctx);
    const { user } = await createUser(ctx, "body_officer", body.id);
    const cookie = await signInCookie(app, user.email);
    const seeded = await seedQuarter(ctx, body.id);
    for (const period of ["2025-Q1", "2024-Q4"])
      await app.inject({
        method: "POST",
        url: `/api/bodies/${body.id}/analysis/run?period=${period}`,
        headers: { cookie },
      });
    const get = (query = "") =>
      app
        .inject({ url: `/api/bodies/${body.id}/analysis?period=2025-Q1${query}`, headers: { cookie } })
        .then((r) => r.json());
    return { ctx, body, cookie, seeded, get };
  }

  it("§14 scope: every figure counts the same items as the list behind it; «all» adds the portals", async () => {
    const { body, cookie, get } = await setup();
    const items = (query: string) =>
      app
        .inject({ url: `/api/bodies/${body.id}/analysis/items?period=2025-Q1&limit=500&${query}`, headers: { cookie } })
        .then((r) => r.json());
    const s14 = await get();
    expect(s14.coverage).toMatchObject({ items: 32, labelled: 32 }); // 30 appeals + 2 social comments
    expect(s14.volumes.map((v: { channel: string }) => v.channel)).not.toContain("legal_acts_portal");
    const all = await get("&scope=all");
    expect(all.coverage).toMatchObject({ items: 34, labelled: 34 });
    expect((await items("channel=legal_acts_portal")).total).toBe(0);
    expect((await items("channel=legal_acts_portal&scope=all")).total).toBe(2);
    for (const a of [s14, all]) {
      const scope = a === s14 ? "s14" : "all";
      // One topic appears once, and the topics' sizes add up to the items analysed.
      expect(new Set(a.topics.map((t: TopicOut) => t.key)).size).toBe(a.topics.length);
      expect(a.topics.reduce((n: number, t: TopicOut) => n + t.size, 0)).toBe(a.coverage.labelled);
      for (const t of a.topics as TopicOut[])
        expect((await items(`scope=${scope}&topic=${encodeURIComponent(t.key)}`)).total).toBe(t.size);
      for (const v of a.volumes as { channel: string; kind: string; items: number }[])
        expect((await items(`scope=${scope}&channel=${v.channel}&kind=${v.kind}`)).total).toBe(v.items);
    }
    // Recommendations cite the topic or campaign and the items they come from.
    for (const r of s14.recommendations as { topicKey: string | null; itemIds: number[]; size: number }[]) {
      expect(r.itemIds.length).toBeGreaterThan(0);
      if (r.topicKey) {
        const behind = await items(`topic=${encodeURIComponent(r.topicKey)}`);
        expect(behind.total).toBe(r.size);
        const ids = new Set(behind.items.map((i: { id: number }) => i.id));
        for (const id of r.itemIds) expect(ids.has(id)).toBe(true);
      }
    }
  });

  it("topics come from the quarter's own words (never placeholders), and a name or a merge is kept", async () => {
    const { body, cookie, seeded, get } = await setup();
    const a = await get();
    const labels = a.topics.flatMap((t: TopicOut) => [t.label.kk, t.label.ru]).join(" ");
    expect(labels).not.toMatch(/жсн|иин|\[тел/i);
    const roadsId = seeded.roads[0]!.id;
    const topicOf = async (data: { topics: TopicOut[] }, id: number) => {
      for (const t of data.topics) {
        const r = await app
          .inject({
            url: `/api/bodies/${body.id}/analysis/items?period=2025-Q1&limit=500&topic=${encodeURIComponent(t.key)}`,
            headers: { cookie },
          })
          .then((x) => x.json());
        if (r.items.some((i: { id: number }) => i.id === id)) return t;
      }
      return undefined;
    };
    const roads = (await topicOf(a, roadsId))!;
    expect(roads.named).toBe(false);
    const name = { kk: "Жол жөндеу", ru: "Ремонт дорог", en: "Road repair" };
    const put = (key: string, what: string, payload: Record<string, unknown>) =>
      app.inject({
        method: "PUT",
        url: `/api/bodies/${body.id}/analysis/topics/${encodeURIComponent(key)}/${what}`,
        headers: { cookie },
        payload,
      });
    expect((await put(roads.key, "name", { period: "2025-Q1", name })).statusCode).toBe(200);
    const named = await get();
    const again = named.topics.find((t: TopicOut) => t.key === roads.key);
    expect(again).toMatchObject({ label: name, named: true, size: roads.size });

    const other = named.topics.find((t: TopicOut) => t.key !== roads.key && t.key !== "unclustered") as TopicOut;
    expect((await put(other.key, "merge", { period: "2025-Q1", into: roads.key })).statusCode).toBe(200);
    const merged = await get();
    expect(merged.topics.filter((t: TopicOut) => t.key === roads.key)).toHaveLength(1);
    expect(merged.topics.find((t: TopicOut) => t.key === other.key)).toBeUndefined();
    expect(merged.topics.find((t: TopicOut) => t.key === roads.key).size).toBe(roads.size + other.size);
    expect((await put(other.key, "merge", { period: "2025-Q1", into: null })).statusCode).toBe(200);
    expect((await get()).topics.find((t: TopicOut) => t.key === other.key)).toMatchObject({ size: other.size });

    expect((await put("t:nothing", "name", { period: "2025-Q1", name })).statusCode).toBe(404);
    expect((await put(roads.key, "merge", { period: "2025-Q1", into: roads.key })).statusCode).toBe(400);
  });

  it("saves the edited drafts on the server per language; another body's officer may not", async () => {
    const { ctx, body, cookie, get } = await setup();
    const url = `/api/bodies/${body.id}/analysis/drafts/ru`;
    const payload = {
      period: "2025-Q1",
      topics: ["Опрос о дорогах"],
      recommendations: ["Отремонтировать ул. Абая", "  "],
    };
    const saved = await app.inject({ method: "PUT", url, headers: { cookie }, payload });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ lang: "ru", recommendations: ["Отремонтировать ул. Абая"] });
    const a = await get();
    expect(a.savedDrafts).toEqual([expect.objectContaining({ lang: "ru", topics: ["Опрос о дорогах"] })]);
    expect(
      (
        await get().then(() =>
          app.inject({ url: `/api/bodies/${body.id}/analysis?period=2024-Q4`, headers: { cookie } }),
        )
      ).json().savedDrafts,
    ).toEqual([]);

    const stranger = await createUser(ctx, "body_officer", (await createBody(ctx)).id);
    const strangerCookie = await signInCookie(app, stranger.user.email);
    expect((await app.inject({ method: "PUT", url, headers: { cookie: strangerCookie }, payload })).statusCode).toBe(
      403,
    );

    const reset = await app.inject({ method: "DELETE", url: `${url}?period=2025-Q1`, headers: { cookie } });
    expect(reset.statusCode).toBe(204);
    expect((await get()).savedDrafts).toEqual([]);
  });
});
