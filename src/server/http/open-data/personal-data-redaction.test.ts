/**
 * An IIN, a phone and an e-mail a citizen wrote into a remark never leave the workspace: not in
 * open data (JSON, CSV), not on the public portal, not in the discussion report, not in analysis views.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { describeEachEngine } from "../../../../test/db.ts";
import { createBody, createItems, createUser, testContext } from "../../../../test/factories.ts";
import { buildTestApp, signInCookie } from "../../../../test/http.ts";
import { createInitiative } from "../../services/initiatives/save-initiative.ts";
import { decideItem } from "../../services/feedback/decide-item.ts";

const IIN = "880303350789"; // a valid check digit
const PHONE = "+7 701 123 45 67";
const EMAIL = "aigerim.s@mail.kz";
const REMARK = `5-тармақты өзгерту керек. Менің ЖСН ${IIN}, телефоным ${PHONE}, поштам ${EMAIL}`;
const PROPOSAL = `Предлагаю продлить срок. ИИН ${IIN}`;
const SECRETS = [IIN, "701 123 45 67", EMAIL];
const notLeaking = (text: string) => SECRETS.filter((s) => text.includes(s));

describeEachEngine("personal data in published texts", (engine) => {
  let app: FastifyInstance;
  let s: Awaited<ReturnType<typeof seed>>;

  async function seed() {
    const ctx = testContext(engine.database);
    const body = await createBody(ctx);
    const officer = await createUser(ctx, "body_officer", body.id);
    const initiative = await createInitiative(ctx, officer.actor, {
      bodyId: body.id,
      kind: "draft_legal_act",
      status: "discussion_closed",
      titleKk: "Жоба",
      titleRu: "Проект",
      discussionStartsOn: "2025-03-01",
      discussionEndsOn: "2025-03-20",
    });
    const [remark, proposal] = await createItems(ctx, body.id, [
      { kind: "remark", initiativeId: initiative.id, text: REMARK },
      { kind: "proposal", initiativeId: initiative.id, lang: "ru", text: PROPOSAL },
    ]);
    await decideItem(ctx, officer.actor, {
      itemId: remark!.id,
      outcome: "accepted",
      referenceKind: "act_clause",
      referenceText: "5-тармақ",
    });
    // An officer quoting the citizen's phone in a published reason is redacted too.
    await decideItem(ctx, officer.actor, {
      itemId: proposal!.id,
      outcome: "rejected",
      reason: `Заявителю сообщено по ${PHONE}`,
    });
    return { ctx, body, initiative, remark: remark!, officerCookie: await signInCookie(app, officer.user.email) };
  }

  beforeAll(async () => {
    app = await buildTestApp(testContext(engine.database));
    s = await seed();
  });
  afterAll(async () => app.close());

  it("open data: the discussion records carry the text with the IIN, phone and e-mail masked", async () => {
    const json = await app.inject({ url: "/api/open-data/discussions.json" });
    expect(notLeaking(json.body)).toEqual([]);
    const rows = (json.json() as { itemId: number; text: string; reason: string | null; bodyCode: string }[]).filter(
      (r) => r.bodyCode === s.body.code,
    );
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.itemId === s.remark.id)!.text).toBe(
      "5-тармақты өзгерту керек. Менің ЖСН ************, телефоным +7 *** *** ** 67, поштам a***@mail.kz",
    );
    expect(rows.find((r) => r.itemId !== s.remark.id)!.reason).toBe("Заявителю сообщено по +7 *** *** ** 67");
    const csv = await app.inject({ url: "/api/open-data/discussions.csv" });
    expect(csv.statusCode).toBe(200);
    expect(notLeaking(csv.body)).toEqual([]);
    expect(csv.body).toContain("ЖСН ************");
  });

  it("the public portal's discussion report page", async () => {
    const page = await app.inject({ url: `/portal/initiatives/${s.initiative.id}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("5-тармақты өзгерту керек");
    expect(notLeaking(page.body)).toEqual([]);
  });

  it("the discussion report document", async () => {
    const report = await app.inject({
      url: `/api/reports/discussion/${s.initiative.id}?format=csv&lang=ru`,
      headers: { cookie: s.officerCookie },
    });
    expect(report.statusCode).toBe(200);
    expect(report.body).toContain("ИИН ************");
    expect(notLeaking(report.body)).toEqual([]);
  });

  it("analysis views, even for the body's own officer (unmasked data only through the audited reveal)", async () => {
    const run = await app.inject({
      method: "POST",
      url: `/api/bodies/${s.body.id}/analysis/run?period=2025-Q1`,
      headers: { cookie: s.officerCookie },
    });
    expect(run.statusCode).toBe(202);
    for (const url of [
      `/api/bodies/${s.body.id}/analysis/items?period=2025-Q1&scope=all&limit=50`,
      `/api/bodies/${s.body.id}/analysis/review-queue?limit=50`,
    ]) {
      const page = await app.inject({ url, headers: { cookie: s.officerCookie } });
      expect(page.statusCode).toBe(200);
      expect(page.json().items.map((i: { id: number }) => i.id)).toContain(s.remark.id);
      expect(notLeaking(page.body)).toEqual([]);
    }
  });
});
