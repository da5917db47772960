/** An appellant's personal data: masked for every item reader, revealed only to the body's own officers and head, every reveal audited. */
import { afterAll, beforeAll, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { sql } from "drizzle-orm";
import { describeEachEngine } from "../../../../test/db.ts";
import { createBody, createItems, createUser, testContext } from "../../../../test/factories.ts";
import { buildTestApp, signInCookie } from "../../../../test/http.ts";
import type { Role } from "../../db/enums.ts";
import { upsertPersonalData } from "../../repositories/import-items.repository.ts";

const IIN = "950315400125"; // a valid check digit
const PERSONAL = {
  full_name: "Иванов Пётр Сергеевич",
  iin: IIN,
  phone: "+7 701 123 45 67",
  email: "petr.ivanov@mail.kz",
  address: "г. Астана, ул. Кенесары, 40-12",
};
const TEXT = `Прошу отремонтировать дорогу. Мой ИИН ${IIN}, тел. 8 701 765 43 21`;

describeEachEngine("personal data of appellants", (engine) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(testContext(engine.database));
  });
  afterAll(async () => app.close());

  async function setup() {
    const ctx = testContext(engine.database);
    const body = await createBody(ctx);
    const [appeal, anonymous] = await createItems(ctx, body.id, [
      { channel: "appeal", kind: "appeal", lang: "ru", text: TEXT },
      { kind: "comment" },
    ]);
    await upsertPersonalData(ctx.database.db, body.id, [
      { source: appeal!.source, source_ref: appeal!.sourceRef, ...PERSONAL },
    ]);
    const signIn = async (role: Role, bodyId: string | null = body.id) => {
      const { user } = await createUser(ctx, role, bodyId);
      return { user, cookie: await signInCookie(app, user.email) };
    };
    const cookieOf = async (role: Role, bodyId: string | null = body.id) => (await signIn(role, bodyId)).cookie;
    return { ctx, body, appeal: appeal!, anonymous: anonymous!, signIn, cookieOf };
  }
  const reveal = (id: number, cookie: string, purpose = "Позвонить заявителю по ответу", lang = "en") =>
    app.inject({
      method: "POST",
      url: `/api/feedback/${id}/personal/reveal`,
      headers: { cookie, "accept-language": lang },
      payload: { purpose },
    });
  const auditOf = (id: number) =>
    engine.database.rows<{ action: string; actor_id: string; at: Date; after: unknown; body_id: string }>(
      sql`select action, actor_id, at, after, body_id from audit_log where entity = 'feedback_item' and entity_id = ${String(id)} order by id`,
    );

  it("shows the ministry analyst masks only — in the personal section and in the text — and refuses the reveal", async () => {
    const { appeal, cookieOf } = await setup();
    const cookie = await cookieOf("ministry_analyst", null);
    const detail = await app.inject({ url: `/api/feedback/${appeal.id}`, headers: { cookie } });
    expect(detail.statusCode).toBe(200);
    expect(detail.json().personal).toEqual({
      masked: {
        fullName: "И*** П*** С***",
        iin: "95********25",
        phone: "+7 *** *** ** 67",
        email: "p***@mail.kz",
        address: "г. Астана, ***",
      },
      revealable: false,
    });
    expect(detail.body).not.toContain(IIN);
    expect(detail.json().item.text).toBe("Прошу отремонтировать дорогу. Мой ИИН ************, тел. 8 *** *** ** 21");
    const list = await app.inject({ url: `/api/feedback?bodyId=${appeal.bodyId}`, headers: { cookie } });
    expect(list.body).not.toContain(IIN);

    const refused = await reveal(appeal.id, cookie, "Проверка качества ответа", "ru");
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe("personal_data_forbidden");
    expect(refused.json().error.message).toMatch(/Персональные данные заявителя/);
    expect((await auditOf(appeal.id)).map((a) => a.action)).toEqual([]);
  });

  it("refuses the reveal to an administrator, an officer of another body and an anonymous caller", async () => {
    const { ctx, appeal, cookieOf } = await setup();
    const other = await createBody(ctx);
    expect((await reveal(appeal.id, await cookieOf("administrator", null))).statusCode).toBe(403);
    expect((await reveal(appeal.id, await cookieOf("body_officer", other.id))).statusCode).toBe(403);
    const anonymous = await app.inject({
      method: "POST",
      url: `/api/feedback/${appeal.id}/personal/reveal`,
      payload: { purpose: "Позвонить заявителю" },
    });
    expect(anonymous.statusCode).toBe(401);
    expect(await auditOf(appeal.id)).toEqual([]);
  });

  it("reveals the data to the body's own officer for a stated purpose and audits who, when, which item and why — never the data", async () => {
    const { appeal, body, signIn } = await setup();
    const { user, cookie } = await signIn("body_officer");
    const detail = (await app.inject({ url: `/api/feedback/${appeal.id}`, headers: { cookie } })).json();
    expect(detail.personal.revealable).toBe(true);
    expect(detail.personal.masked.iin).toBe("95********25");
    // The officer answers the appellant: the text stays as written.
    expect(detail.item.text).toBe(TEXT);

    const noPurpose = await reveal(appeal.id, cookie, "  ok ");
    expect(noPurpose.statusCode).toBe(400);
    const before = Date.now();
    const shown = await reveal(appeal.id, cookie);
    expect(shown.statusCode).toBe(200);
    expect(shown.json()).toEqual({
      fullName: PERSONAL.full_name,
      iin: IIN,
      phone: PERSONAL.phone,
      email: PERSONAL.email,
      address: PERSONAL.address,
    });

    const audit = await auditOf(appeal.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: "personal.read",
      actor_id: user.id,
      body_id: body.id,
      after: { purpose: "Позвонить заявителю по ответу", fields: ["fullName", "iin", "phone", "email", "address"] },
    });
    expect(new Date(audit[0]!.at).getTime()).toBeGreaterThanOrEqual(before - 1000);
    for (const value of Object.values(PERSONAL)) expect(JSON.stringify(audit[0])).not.toContain(value);
    // The item's history shows that the data was read, and by whom.
    const history = (await app.inject({ url: `/api/feedback/${appeal.id}`, headers: { cookie } })).json();
    expect(history.audit.map((a: { action: string }) => a.action)).toEqual(["personal.read"]);

    // An IIN typed into the purpose does not reach the log either.
    await reveal(appeal.id, cookie, `Сверка ИИН ${IIN} с письмом`);
    const [, second] = await auditOf(appeal.id);
    expect(JSON.stringify(second)).not.toContain(IIN);
  });

  it("reveals to the head of the body too; an item without personal data has none to show or reveal", async () => {
    const { appeal, anonymous, cookieOf } = await setup();
    const cookie = await cookieOf("body_head");
    expect((await reveal(appeal.id, cookie)).statusCode).toBe(200);
    const detail = (await app.inject({ url: `/api/feedback/${anonymous.id}`, headers: { cookie } })).json();
    expect(detail.personal).toBeNull();
    expect((await reveal(anonymous.id, cookie)).statusCode).toBe(404);
    expect(await auditOf(anonymous.id)).toEqual([]);
  });
});
