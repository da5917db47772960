import { afterAll, beforeAll, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { describeEachEngine } from "../../../../test/db.ts";
import { createBody, createItems, createUser, testContext } from "../../../../test/factories.ts";
import { buildTestApp, signInCookie } from "../../../../test/http.ts";
import { seedRegistry } from "../../db/seed/seed-registry.ts";
import { decideItem } from "../../services/feedback/decide-item.ts";

describeEachEngine("bodies, regions and the live indicator API", (engine) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    const ctx = testContext(engine.database);
    await seedRegistry(ctx);
    app = await buildTestApp(ctx);
  });
  afterAll(async () => app.close());

  it("lists the registry publicly, with §1 exclusions marked and filters working", async () => {
    const regions = (await app.inject({ url: "/api/regions" })).json();
    expect(regions).toHaveLength(20);
    expect(regions.find((r: { code: string }) => r.code === "astana").name.kk).toBe("Астана қаласы");
    const excluded = (await app.inject({ url: "/api/bodies?inScope=false&limit=50" })).json();
    expect(excluded.items.map((b: { exclusionReason: string }) => b.exclusionReason).sort()).toEqual([
      "court_administration",
      "national_bank",
      "national_security",
      "prosecutor",
    ]);
    // 20 regional and city akimats and, below them, the 225 of lower-akimats.tsv.
    expect((await app.inject({ url: "/api/bodies?kind=local&limit=1" })).json().total).toBe(245);
    const local = (await app.inject({ url: "/api/bodies?kind=local&region=almaty&limit=100" })).json();
    expect(local.total).toBe(9); // the city's akimat and its 8 districts'
    const byCode = new Map(local.items.map((b: { code: string; id: string }) => [b.code, b]));
    const medeu = byCode.get("akimat-almaty-medeu") as { parentId: string; name: { kk: string } };
    expect(medeu.name.kk).toBe("Алматы қаласы Медеу ауданының әкімдігі");
    expect(medeu.parentId).toBe((byCode.get("akimat-almaty") as { id: string }).id);
    const cec = (await app.inject({ url: "/api/bodies?q=election" })).json();
    expect(cec.items.map((b: { code: string; inScope: boolean }) => [b.code, b.inScope])).toContainEqual(["cec", true]);
    const search = (await app.inject({ url: `/api/bodies?q=${encodeURIComponent("Қаржы министрлігі")}` })).json();
    expect(search.items.map((b: { code: string }) => b.code)).toContain("min-finance");
    const bad = await app.inject({ url: "/api/bodies?limit=100000", headers: { "accept-language": "kk" } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/^Деректер қате/);
  });

  it("shows a body its live F with what would raise it, and hides it from other bodies", async () => {
    const ctx = testContext(engine.database);
    const body = await createBody(ctx);
    const { user, actor } = await createUser(ctx, "body_officer", body.id);
    const items = await createItems(ctx, body.id, [
      { kind: "remark" },
      { kind: "remark" },
      { kind: "comment" },
      { kind: "comment" },
      { kind: "appeal", channel: "appeal" }, // §14 material: not in F
    ]);
    await decideItem(ctx, actor, {
      itemId: items[0]!.id,
      outcome: "accepted",
      referenceKind: "act_clause",
      referenceText: "7-тармақ",
    });
    const cookie = await signInCookie(app, user.email);
    const response = await app.inject({
      url: `/api/bodies/${body.id}/indicator?period=2025-Q1&lang=en`,
      headers: { cookie },
    });
    expect(response.statusCode).toBe(200);
    const indicator = response.json();
    // §22: (1·0)/(2·2)·100 = 0 → ineffective
    expect(indicator).toMatchObject({
      F: 0,
      band: "ineffective",
      B: 1,
      C: 2,
      E: 0,
      G: 2,
      period: { from: "2025-01-01", to: "2025-03-31" },
    });
    expect(indicator.improvements).toEqual({ undecided: 1, unanswered: 2, acceptedWithoutReference: 0 });
    expect(indicator.explanation.join("\n")).toMatch(/B\/C/);
    const other = await createBody(ctx);
    const foreign = await app.inject({ url: `/api/bodies/${other.id}/indicator?period=2025`, headers: { cookie } });
    expect(foreign.statusCode).toBe(403);
    const badPeriod = await app.inject({ url: `/api/bodies/${body.id}/indicator?period=2025-Q7`, headers: { cookie } });
    expect(badPeriod.statusCode).toBe(400);
  });
});
