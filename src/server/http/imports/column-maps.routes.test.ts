/** The column-mapping step: an export with the body's own headers is refused until its columns are mapped, then imports. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { describeEachEngine } from "../../../../test/db.ts";
import { createBody, createUser, testContext } from "../../../../test/factories.ts";
import { buildTestApp, signInCookie } from "../../../../test/http.ts";
import { SYSTEM_ACTOR } from "../../context.ts";
import { importFile } from "../../services/imports/import-file.ts";

// An export whose headers the built-in aliases do not know (a body's own report layout).
const CSV =
  "№ п/п;Вх. номер;Дата вх.;Характер;Суть вопроса;Исполнитель\n1;ЖТ-1;10.03.2025;Жалоба;Во дворе нет освещения;Отдел ЖКХ\n2;ЖТ-2;11.03.2025;Предложение;Установить остановку у школы;Отдел транспорта\n";

describeEachEngine("GET/PUT /api/bodies/:id/import-columns/:importer", (engine) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(testContext(engine.database));
  });
  afterAll(async () => app.close());

  it("maps the body's own headers once; later imports of the body use the mapping; others may not change it", async () => {
    const ctx = testContext(engine.database);
    const body = await createBody(ctx);
    const other = await createBody(ctx);
    const [officer, stranger] = await Promise.all([
      createUser(ctx, "body_officer", body.id),
      createUser(ctx, "body_officer", other.id),
    ]);
    const [cookie, strangerCookie] = await Promise.all([
      signInCookie(app, officer.user.email),
      signInCookie(app, stranger.user.email),
    ]);
    const file = path.join(mkdtempSync(path.join(tmpdir(), "pikir-colmap-")), "export.csv");
    writeFileSync(file, CSV);
    const actor = { ...SYSTEM_ACTOR, label: "test" };
    await expect(importFile(ctx, actor, { importer: "appeals", file, bodyId: body.id })).rejects.toMatchObject({
      code: "file.columns_missing",
      params: { columns: "reg_number, reg_date, appeal_type, text" },
    });

    const url = `/api/bodies/${body.id}/import-columns/appeals`;
    const described = await app.inject({ method: "GET", url, headers: { cookie } });
    expect(described.statusCode).toBe(200);
    expect(described.json().columns.find((c: { key: string }) => c.key === "text")).toMatchObject({
      required: true,
      aliases: expect.arrayContaining(["Текст обращения"]),
    });
    expect(described.json().mapping).toEqual({});

    const mapping = {
      reg_number: "Вх. номер",
      reg_date: "Дата вх.",
      appeal_type: "Характер",
      text: "Суть вопроса",
      category: null,
    };
    const saved = await app.inject({ method: "PUT", url, headers: { cookie }, payload: { mapping } });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().mapping).toEqual({
      reg_number: "Вх. номер",
      reg_date: "Дата вх.",
      appeal_type: "Характер",
      text: "Суть вопроса",
    });
    expect(
      (
        await app.inject({
          method: "PUT",
          url: `/api/bodies/${body.id}/import-columns/appeals`,
          headers: { cookie: strangerCookie },
          payload: { mapping },
        })
      ).statusCode,
    ).toBe(403);
    const twice = await app.inject({
      method: "PUT",
      url,
      headers: { cookie },
      payload: { mapping: { reg_number: "Вх. номер", text: "вх номер" } },
    });
    expect(twice.statusCode).toBe(400);
    expect(twice.body).toContain("mapped to both reg_number and text");
    expect(
      (await app.inject({ method: "PUT", url, headers: { cookie }, payload: { mapping: { nonsense: "x" } } }))
        .statusCode,
    ).toBe(400);

    const summary = await importFile(ctx, actor, { importer: "appeals", file, bodyId: body.id });
    expect(summary).toMatchObject({ read: 2, added: 2, rejected: 0 });
    expect(summary.warnings).toEqual([{ code: "warning.unknown_columns", params: { columns: "№ п/п, Исполнитель" } }]);
    // Another body's imports are untouched by this body's mapping.
    await expect(importFile(ctx, actor, { importer: "appeals", file, bodyId: other.id })).rejects.toMatchObject({
      code: "file.columns_missing",
    });
  });
});
