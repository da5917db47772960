import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { describeEachEngine } from "../../../../test/db.ts";
import { createBody, createUser, testContext } from "../../../../test/factories.ts";
import { buildTestApp, signInCookie, waitForImportRun } from "../../../../test/http.ts";

const fixture = (name: string) => readFileSync(path.resolve("test/fixtures/imports", name));

describeEachEngine("imports API", (engine) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(testContext(engine.database));
  });
  afterAll(async () => app.close());

  async function officer() {
    const ctx = testContext(engine.database);
    const body = await createBody(ctx);
    const { user } = await createUser(ctx, "body_officer", body.id);
    return { body, cookie: await signInCookie(app, user.email) };
  }

  const waitForRun = (id: string, cookie: string) => waitForImportRun(app, id, cookie);

  it("takes an upload from a body officer, lists the run with its counts, and serves the rejected rows as CSV", async () => {
    const { body, cookie } = await officer();
    const upload = await app.inject({
      method: "POST",
      url: `/api/imports?channel=template&bodyId=${body.id}&fileName=letters.csv`,
      headers: { cookie, "content-type": "application/octet-stream" },
      payload: fixture("template.csv"),
    });
    expect(upload.statusCode).toBe(202);
    const run = await waitForRun(upload.json().id, cookie);
    expect(run).toMatchObject({
      status: "done",
      fileName: "letters.csv",
      rowsRead: 10,
      added: 4,
      rejected: 6,
      progress: 1,
    });
    const list = await app.inject({ url: `/api/imports?bodyId=${body.id}`, headers: { cookie } });
    expect(list.json().items.map((r: { id: string }) => r.id)).toEqual([run.id]);

    const report = await app.inject({ url: run.reportUrl, headers: { cookie, "accept-language": "en" } });
    expect(report.statusCode).toBe(200);
    expect(report.headers["content-type"]).toContain("text/csv");
    const lines = report.body
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toBe("Line,Reason,Row as read");
    expect(lines.slice(1).map((l) => l.split(",")[0])).toEqual(["5", "6", "7", "8", "9", "11"]);
    expect(lines[1]).toContain("Date not recognised in received_at");
  });

  it("keeps other bodies' runs private and refuses uploads for another body", async () => {
    const a = await officer();
    const b = await officer();
    const upload = await app.inject({
      method: "POST",
      url: `/api/imports?channel=budget&bodyId=${a.body.id}`,
      headers: { cookie: a.cookie, "content-type": "application/octet-stream" },
      payload: fixture("budget.json"),
    });
    const run = await waitForRun(upload.json().id, a.cookie);
    expect((await app.inject({ url: `/api/imports/${run.id}`, headers: { cookie: b.cookie } })).statusCode).toBe(404);
    expect(
      (await app.inject({ url: `/api/imports/${run.id}/rejected.csv`, headers: { cookie: b.cookie } })).statusCode,
    ).toBe(404);
    const foreign = await app.inject({
      method: "POST",
      url: `/api/imports?channel=budget&bodyId=${a.body.id}`,
      headers: { cookie: b.cookie, "content-type": "application/octet-stream" },
      payload: fixture("budget.json"),
    });
    expect(foreign.statusCode).toBe(403);
    const anonymous = await app.inject({
      method: "POST",
      url: `/api/imports?channel=budget&bodyId=${a.body.id}`,
      headers: { "content-type": "application/octet-stream" },
      payload: "x",
    });
    expect(anonymous.statusCode).toBe(401);
  });

  it("answers an unreadable upload with 422 and the reason in the caller's language", async () => {
    const { body, cookie } = await officer();
    const bad = await app.inject({
      method: "POST",
      url: `/api/imports?channel=appeals&bodyId=${body.id}`,
      headers: { cookie, "content-type": "application/octet-stream", "accept-language": "ru" },
      payload: "Foo;Bar\n1;2\n",
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.message).toContain("Нет обязательных столбцов");
  });

  it("serves the template in kk, ru and en, as CSV and as XLSX", async () => {
    const ru = await app.inject({ url: "/api/imports/template?format=csv&lang=ru" });
    expect(ru.statusCode).toBe(200);
    expect(ru.body.replace(/^\uFEFF/, "").split("\r\n")[0]).toMatch(
      /^Регистрационный номер,Дата поступления,Вид,Текст/,
    );
    const kk = await app.inject({ url: "/api/imports/template?format=xlsx&lang=kk" });
    expect(kk.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(kk.rawPayload as never);
    expect(workbook.worksheets[0]!.getRow(1).getCell(1).value).toBe("Тіркеу нөмірі");
    const en = await app.inject({ url: "/api/imports/template?lang=en" });
    expect(en.body).toContain("Reference,Received on,Kind,Text");
  });

  it("public form: anonymous or identified, contact details kept apart, retries safe, rate-limited", async () => {
    const { body } = await officer();
    const post = (payload: object, ip: string) =>
      app.inject({ method: "POST", url: "/api/public/feedback", payload, remoteAddress: ip });
    const anonymous = await post({ bodyId: body.id, text: "Паркте орындықтар жеткіліксіз, көбейту керек" }, "10.9.0.1");
    expect(anonymous.statusCode).toBe(201);
    expect(anonymous.json()).toMatchObject({ created: true, anonymous: true });
    const identified = {
      bodyId: body.id,
      kind: "proposal",
      text: "Предлагаю установить скамейки в парке",
      idempotencyKey: "form-key-0001",
      author: { name: "Алия Н.", email: "aliya@example.kz", phone: "+7 701 000 11 22" },
    };
    const first = await post(identified, "10.9.0.2");
    expect(first.statusCode).toBe(201);
    const retry = await post(identified, "10.9.0.2");
    expect(retry.statusCode).toBe(200);
    expect(retry.json().id).toBe(first.json().id);
    const [item] = await engine.database.rows<{
      text: string;
      channel: string;
      metadata: unknown;
      author_ref: string;
      email: string;
    }>(sql`
      select f.text, f.channel, f.metadata, f.author_ref, p.email from feedback_items f join feedback_personal_data p on p.item_id = f.id where f.id = ${first.json().id}`);
    expect(item).toMatchObject({ channel: "own_form", email: "aliya@example.kz" });
    expect(JSON.stringify([item!.text, item!.metadata, item!.author_ref])).not.toMatch(/Алия|aliya|701/);
    const codes: number[] = [];
    for (let i = 0; i < 5; i++)
      codes.push((await post({ bodyId: body.id, text: `Ескерту нөмірі ${i}` }, "10.9.0.3")).statusCode);
    expect(codes).toEqual([201, 201, 201, 201, 201]);
    const limited = await post({ bodyId: body.id, text: "Тағы бір ескерту" }, "10.9.0.3");
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe("rate_limited");
    expect(
      (await post({ bodyId: "00000000-0000-0000-0000-000000000000", text: "Белгісіз орган" }, "10.9.0.4")).statusCode,
    ).toBe(404);
  });
});
