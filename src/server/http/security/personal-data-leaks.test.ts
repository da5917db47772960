/**
 * Review 2026-12-security W4, W5: rejected rows of an appeals export (raw personal data) reach only
 * those who may read personal data, and each such read is audited; the public form's idempotency
 * key lets nobody rewrite an earlier submission or its author's contact details.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { sql } from "drizzle-orm";
import { describeEachEngine } from "../../../../test/db.ts";
import { createBody, createUser, testContext } from "../../../../test/factories.ts";
import { buildTestApp, signInCookie, waitForImportRun } from "../../../../test/http.ts";
import { decideItem } from "../../services/feedback/decide-item.ts";

const APPEALS =
  "Рег. номер;Дата регистрации;Вид обращения;Текст обращения;ФИО заявителя;ИИН;Телефон;E-mail;Адрес\r\n" +
  "A-BAD-2;31.02.2026;жалоба;Прошу помочь;Нурланов Ерлан;901202300019;+7 702 777 88 99;erlan@example.kz;Алматы, ул. Достык 5-7\r\n";

describeEachEngine("personal data through side doors (W4, W5)", (engine) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(testContext(engine.database));
  });
  afterAll(async () => app.close());

  const waitForRun = (id: string, cookie: string) => waitForImportRun(app, id, cookie);

  it("W4: rejected.csv carries the raw row (with PII) only for the body's officer, audited; the ministry and administrators get line and reason", async () => {
    const ctx = testContext(engine.database);
    const body = await createBody(ctx);
    const officer = await createUser(ctx, "body_officer", body.id);
    const cookie = await signInCookie(app, officer.user.email);
    const upload = await app.inject({
      method: "POST",
      url: `/api/imports?channel=appeals&bodyId=${body.id}&fileName=appeals.csv`,
      headers: { cookie, "content-type": "text/csv" },
      payload: APPEALS,
    });
    expect(upload.statusCode).toBe(202);
    const run = await waitForRun(upload.json().id, cookie);
    expect(run.rejected).toBe(1);

    for (const role of ["ministry_analyst", "administrator"] as const) {
      const other = await createUser(ctx, role, null);
      const report = await app.inject({
        url: run.reportUrl,
        headers: { cookie: await signInCookie(app, other.user.email), "accept-language": "en" },
      });
      expect(report.statusCode).toBe(200);
      for (const secret of ["Нурланов", "901202300019", "777 88 99", "erlan@example.kz", "Достык"])
        expect(report.body).not.toContain(secret);
      expect(report.body.replace(/^\uFEFF/, "").split("\r\n")[0]).toBe("Line,Reason");
    }
    const own = await app.inject({ url: run.reportUrl, headers: { cookie, "accept-language": "en" } });
    expect(own.body).toContain("901202300019");
    const audit = await engine.database.rows<{ action: string; entity_id: string }>(sql`
      select action, entity_id from audit_log where body_id = ${body.id}::uuid and entity = 'import_run'`);
    expect(audit).toEqual([{ action: "personal.read", entity_id: run.id }]);
  });

  it("W5: re-sending an idempotency key with other content adds a new item and never rewrites the first (text, kind, author)", async () => {
    const ctx = testContext(engine.database);
    const body = await createBody(ctx);
    const officer = await createUser(ctx, "body_officer", body.id);
    const post = (payload: object, ip: string) =>
      app.inject({ method: "POST", url: "/api/public/feedback", payload, remoteAddress: ip });
    const original = {
      bodyId: body.id,
      kind: "remark",
      text: "ORIGINAL remark",
      idempotencyKey: "citizen-key-0001",
      author: { name: "Айгүл", email: "aigul@example.kz" },
    };
    const first = await post(original, "10.8.0.1");
    expect(first.statusCode).toBe(201);
    await decideItem(ctx, officer.actor, {
      itemId: first.json().id,
      outcome: "accepted",
      referenceKind: "act_clause",
      referenceText: "5-тармақ",
    });
    const retry = await post(original, "10.8.0.1");
    expect(retry.statusCode).toBe(200);
    expect(retry.json().id).toBe(first.json().id);

    const forged = await post(
      {
        ...original,
        kind: "comment",
        text: "OVERWRITTEN",
        author: { name: "Attacker", email: "attacker@evil.example" },
      },
      "10.8.0.9",
    );
    expect(forged.statusCode).toBe(201);
    expect(forged.json().id).not.toBe(first.json().id);
    const [item] = await engine.database.rows<{ text: string; kind: string; name: string; email: string }>(sql`
      select f.text, f.kind::text as kind, p.full_name as name, p.email from feedback_items f join feedback_personal_data p on p.item_id = f.id where f.id = ${first.json().id}`);
    expect(item).toEqual({ text: "ORIGINAL remark", kind: "remark", name: "Айгүл", email: "aigul@example.kz" });
  });
});
