import { afterAll, beforeAll, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { describeEachEngine } from "../../../../test/db.ts";
import { createBody, createUser, testContext } from "../../../../test/factories.ts";
import { buildTestApp, signInCookie } from "../../../../test/http.ts";
import { readDocxText } from "../../reports/render/testing/read-back.ts";

// Issue 13: the signing head's position is stored with the requisites and printed in the letter's
// signature, in the letter's language, instead of «Басшы».
describeEachEngine("the signing head's position", (engine) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(testContext(engine.database));
  });
  afterAll(async () => app.close());

  it("is set on the requisites and printed in the signature (kk and ru)", async () => {
    const ctx = testContext(engine.database);
    const body = await createBody(ctx);
    const { user: admin } = await createUser(ctx, "administrator", null);
    const officer = await createUser(ctx, "body_officer", body.id);
    const cookie = await signInCookie(app, admin.email);
    const set = await app.inject({
      method: "PATCH",
      url: `/api/admin/bodies/${body.id}/requisites`,
      headers: { cookie },
      payload: { headPositionKk: "Вице-министр", headPositionRu: "Вице-министр финансов" },
    });
    expect(set.statusCode).toBe(200);
    expect(set.json().headPosition).toEqual({ kk: "Вице-министр", ru: "Вице-министр финансов", en: null });
    expect(set.json().evaluated).toBe(true);
    const officerCookie = await signInCookie(app, officer.user.email);
    const letter = async (lang: string) => {
      const res = await app.inject({
        url: `/api/reports/bodies/${body.id}/results?period=2025&format=docx&lang=${lang}`,
        headers: { cookie: officerCookie },
      });
      expect(res.statusCode).toBe(200);
      return (await readDocxText(res.rawPayload)).paragraphs.join("\n");
    };
    const kk = await letter("kk");
    expect(kk).toContain("Вице-министр");
    expect(kk).not.toMatch(/^Басшы$/m);
    expect(await letter("ru")).toContain("Вице-министр финансов");
  });
});
