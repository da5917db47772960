import { afterAll, beforeAll, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { describeEachEngine } from "../../../../test/db.ts";
import { createBody, createUser, testContext, TEST_PASSWORD } from "../../../../test/factories.ts";
import { buildTestApp, signInCookie } from "../../../../test/http.ts";
import { readDocxText } from "../../reports/render/testing/read-back.ts";

describeEachEngine("the dated registry", (engine) => {
  let app: FastifyInstance;
  let cookie: string;
  beforeAll(async () => {
    const ctx = testContext(engine.database);
    app = await buildTestApp(ctx);
    const { user } = await createUser(ctx, "administrator", null);
    const r = await app.inject({
      method: "POST",
      url: "/api/auth/sign-in",
      payload: { email: user.email, password: TEST_PASSWORD },
      remoteAddress: "10.3.0.1",
    });
    cookie = `pikir_session=${r.cookies.find((c) => c.name === "pikir_session")!.value}`;
  });
  afterAll(async () => app.close());
  const post = (url: string, payload: object) => app.inject({ method: "POST", url, payload, headers: { cookie } });
  const asOf = async (date: string) =>
    (await app.inject({ url: `/api/admin/registry?asOf=${date}`, headers: { cookie } })).json() as {
      id: string;
      name: { kk: string };
      inScope: boolean;
      exclusionReason: string | null;
    }[];

  it("renames, rescopes and merges from dates, and an earlier period keeps the registry of its time", async () => {
    const ctx = testContext(engine.database);
    const region = await createBody(ctx, { kind: "local" });
    const added = await post("/api/admin/bodies", {
      code: `district-${region.code}`,
      nameKk: "Аудан әкімдігі",
      nameRu: "Акимат района",
      nameEn: "District akimat",
      kind: "local",
      parentId: region.id,
      validFrom: "2025-01-01",
    });
    expect(added.statusCode).toBe(201);
    const district = added.json();
    expect(district).toMatchObject({ parentId: region.id, inScope: true, validFrom: "2025-01-01" });

    expect(
      (
        await post(`/api/admin/bodies/${region.id}/rename`, {
          nameKk: "Жаңа атауы",
          nameRu: "Новое название",
          nameEn: "New name",
          effectiveOn: "2026-01-01",
        })
      ).statusCode,
    ).toBe(200);
    const refused = await post(`/api/admin/bodies/${district.id}/scope`, {
      exclusionReason: "national_security",
      effectiveOn: "2026-01-01",
    });
    expect(refused.statusCode).toBe(400);
    expect(
      (
        await post(`/api/admin/bodies/${district.id}/scope`, {
          exclusionReason: "national_security",
          legalReference: "Әдістеменің 1-тармағы",
          scopeNote: "test",
          effectiveOn: "2026-01-01",
        })
      ).json(),
    ).toMatchObject({ inScope: false, exclusionReason: "national_security", legalReference: "Әдістеменің 1-тармағы" });

    const in2024 = await asOf("2024-06-30");
    expect(in2024.find((b) => b.id === district.id)).toBeUndefined(); // did not exist yet
    expect(in2024.find((b) => b.id === region.id)!.name.kk).toBe(region.nameKk);
    const in2025 = await asOf("2025-12-31");
    expect(in2025.find((b) => b.id === region.id)!.name.kk).toBe(region.nameKk);
    expect(in2025.find((b) => b.id === district.id)).toMatchObject({ inScope: true, exclusionReason: null });
    const in2026 = await asOf("2026-03-31");
    expect(in2026.find((b) => b.id === region.id)!.name.kk).toBe("Жаңа атауы");
    expect(in2026.find((b) => b.id === district.id)).toMatchObject({ inScope: false });

    // Merged into the region's akimat at the end of 2026: gone from 2027 on, there in 2026.
    const merged = await post(`/api/admin/bodies/${district.id}/end`, {
      validTo: "2026-12-31",
      mergedIntoId: region.id,
    });
    expect(merged.json()).toMatchObject({ validTo: "2026-12-31", mergedIntoId: region.id });
    expect((await asOf("2027-01-01")).find((b) => b.id === district.id)).toBeUndefined();
    expect((await asOf("2026-12-31")).find((b) => b.id === district.id)).toBeDefined();
    expect(
      (await post(`/api/admin/bodies/${region.id}/end`, { validTo: "2026-12-31", mergedIntoId: region.id })).statusCode,
    ).toBe(400);

    const versions = (await app.inject({ url: `/api/admin/bodies/${region.id}/versions`, headers: { cookie } })).json();
    expect(versions.map((v: { change: string; effectiveOn: string }) => `${v.change}@${v.effectiveOn}`)).toEqual([
      "baseline@1900-01-01",
      "rename@2026-01-01",
    ]);
  });

  it("sets a body's requisites, the executor's phone and the first head, and the letter prints them (issue 14)", async () => {
    const ctx = testContext(engine.database);
    const body = await createBody(ctx, { nameKk: "Сынақ министрлігі", nameRu: "Министерство испытаний" });
    const officer = await createUser(ctx, "body_officer", body.id);
    const head = await createUser(ctx, "body_head", body.id);
    const call = (method: "PATCH" | "PUT", url: string, payload: object, lang = "en") =>
      app.inject({ method, url, payload, headers: { cookie, "accept-language": lang } });
    const requisites = {
      addressKk: "010000, Астана қ., Сынақ к-сі, 5",
      addressRu: "010000, г. Астана, ул. Испытаний, 5",
      phone: "+7 7172 00 00 55",
      email: "kense@test.gov.kz",
      bin: "020540000010",
    };

    // A BIN with a wrong check digit, or not 12 digits, is refused in the user's language and changes nothing.
    const wrong = await call(
      "PATCH",
      `/api/admin/bodies/${body.id}/requisites`,
      { ...requisites, bin: "020540000011" },
      "kk",
    );
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error).toMatchObject({ code: "bin_invalid" });
    expect(wrong.json().error.message).toContain("БСН 020540000011 жарамсыз");
    expect((await call("PATCH", `/api/admin/bodies/${body.id}/requisites`, { bin: "12345" })).statusCode).toBe(400);
    expect(
      (await call("PATCH", `/api/admin/bodies/${body.id}/requisites`, { email: "not-an-address" })).statusCode,
    ).toBe(400);

    const set = await call("PATCH", `/api/admin/bodies/${body.id}/requisites`, {
      ...requisites,
      effectiveOn: "2026-01-01",
    });
    expect(set.statusCode).toBe(200);
    expect(set.json().requisites).toEqual(requisites);
    const versions = (await app.inject({ url: `/api/admin/bodies/${body.id}/versions`, headers: { cookie } })).json();
    expect(versions.map((v: { change: string; effectiveOn: string }) => `${v.change}@${v.effectiveOn}`)).toEqual([
      "baseline@1900-01-01",
      "requisites@2026-01-01",
    ]);
    // A field left out stays; an empty string clears it.
    expect((await call("PATCH", `/api/admin/bodies/${body.id}/requisites`, { phone: "" })).json().requisites).toEqual({
      ...requisites,
      phone: null,
    });
    expect(
      (await call("PATCH", `/api/admin/bodies/${body.id}/requisites`, { phone: requisites.phone })).statusCode,
    ).toBe(200);

    const withPhone = await call("PATCH", `/api/admin/users/${officer.user.id}`, { phone: "+7 7172 00 11 22" });
    expect(withPhone.statusCode).toBe(200);
    expect(withPhone.json().phone).toBe("+7 7172 00 11 22");
    expect((await call("PATCH", `/api/admin/users/${officer.user.id}`, { phone: "call me" })).statusCode).toBe(400);
    expect(
      (await call("PUT", `/api/admin/bodies/${body.id}/officials/first_head`, { userId: head.user.id })).statusCode,
    ).toBeLessThan(300);

    const res = await app.inject({
      url: `/api/reports/bodies/${body.id}/results?period=2025&format=docx&lang=kk`,
      headers: { cookie: await signInCookie(app, officer.user.email) },
    });
    expect(res.statusCode).toBe(200);
    const text = (await readDocxText(res.rawPayload)).paragraphs.join("\n");
    expect(text).toContain("Мекенжайы: 010000, Астана қ., Сынақ к-сі, 5");
    expect(text).toContain("Тел.: +7 7172 00 00 55");
    expect(text).toContain("Эл. пошта: kense@test.gov.kz");
    expect(text).toContain("БСН 020540000010");
    expect(text).toContain(head.user.displayName); // the designated first head signs (§15)
    expect(text).toContain(`Орынд.: ${officer.user.displayName}`);
    expect(text).toContain("Тел.: +7 7172 00 11 22");
    expect(text).not.toContain("Тел.: ______________");
  });

  it("records the ministry's choice to evaluate a district akimat, dated and audited", async () => {
    const ctx = testContext(engine.database);
    const district = await createBody(ctx, { kind: "local", evaluated: false });
    const chosen = await app.inject({
      method: "PUT",
      url: `/api/admin/bodies/${district.id}/evaluated`,
      headers: { cookie },
      payload: { evaluated: true, scopeNote: "Министрліктің 2026 жылғы шешімі", effectiveOn: "2026-01-01" },
    });
    expect(chosen.statusCode).toBe(200);
    expect(chosen.json()).toMatchObject({
      evaluated: true,
      inScope: true,
      scopeNote: "Министрліктің 2026 жылғы шешімі",
    });
    const versions = (
      await app.inject({ url: `/api/admin/bodies/${district.id}/versions`, headers: { cookie } })
    ).json() as { change: string; effectiveOn: string }[];
    expect(versions.map((v) => [v.change, v.effectiveOn])).toContainEqual(["evaluated", "2026-01-01"]);
    const officer = await createUser(ctx, "body_officer", district.id);
    const refused = await app.inject({
      method: "PUT",
      url: `/api/admin/bodies/${district.id}/evaluated`,
      headers: { cookie: await signInCookie(app, officer.user.email) },
      payload: { evaluated: false },
    });
    expect(refused.statusCode).toBe(403);
  });

  it("is for administrators only", async () => {
    const ctx = testContext(engine.database);
    const body = await createBody(ctx);
    const { user } = await createUser(ctx, "body_officer", body.id);
    const r = await app.inject({
      method: "POST",
      url: "/api/auth/sign-in",
      payload: { email: user.email, password: TEST_PASSWORD },
      remoteAddress: "10.3.0.2",
    });
    const officer = `pikir_session=${r.cookies.find((c) => c.name === "pikir_session")!.value}`;
    expect(
      (
        await app.inject({
          method: "POST",
          url: `/api/admin/bodies/${body.id}/rename`,
          payload: { nameKk: "a", nameRu: "b", nameEn: "c", effectiveOn: "2026-01-01" },
          headers: { cookie: officer },
        })
      ).statusCode,
    ).toBe(403);
    expect((await app.inject({ url: "/api/admin/registry", headers: { cookie: officer } })).statusCode).toBe(403);
    expect(
      (
        await app.inject({
          method: "PATCH",
          url: `/api/admin/bodies/${body.id}/requisites`,
          payload: { phone: "+7 700 000 00 00" },
          headers: { cookie: officer },
        })
      ).statusCode,
    ).toBe(403);
  });
});
