/**
 * Review 2026-12-security W2: X-Forwarded-* headers are believed only from configured proxies, so a
 * client cannot rotate its address past the rate limits nor poison cached canonical links; one
 * body takes a bounded number of anonymous submissions however many addresses send them.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { describeEachEngine } from "../../../../test/db.ts";
import { createBody, testContext } from "../../../../test/factories.ts";
import { buildApp } from "../app.ts";
import { loadConfig } from "../../config.ts";

describeEachEngine("proxy trust, public address and the public form's bounds (W2)", (engine) => {
  const apps: FastifyInstance[] = [];
  const build = async (options: Parameters<typeof buildApp>[1]) => {
    const app = await buildApp(testContext(engine.database), options);
    await app.ready();
    apps.push(app);
    return app;
  };
  let plain: FastifyInstance;
  beforeAll(async () => {
    plain = await build({ sessionTtlMs: 60_000, secureCookies: false });
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
  });

  const submit = (app: FastifyInstance, bodyId: string, i: number, remoteAddress = "192.0.2.10") =>
    app.inject({
      method: "POST",
      url: "/api/public/feedback",
      remoteAddress,
      headers: { "x-forwarded-for": `198.51.100.${i}` },
      payload: { bodyId, kind: "comment", text: `probe ${i}` },
    });

  it("a rotating X-Forwarded-For does not lift the per-address limit of the public form", async () => {
    const body = await createBody(testContext(engine.database));
    const codes = [];
    for (let i = 1; i <= 7; i++) codes.push((await submit(plain, body.id, i)).statusCode);
    expect(codes).toEqual([201, 201, 201, 201, 201, 429, 429]);
  });

  it("behind a configured proxy the forwarded address is the client's (and only that proxy is believed)", async () => {
    const app = await build({ sessionTtlMs: 60_000, secureCookies: false, trustedProxies: ["192.0.2.1"] });
    const body = await createBody(testContext(engine.database));
    const viaProxy = [];
    for (let i = 1; i <= 7; i++) viaProxy.push((await submit(app, body.id, i, "192.0.2.1")).statusCode);
    expect(viaProxy.every((c) => c === 201)).toBe(true);
    const direct = [];
    for (let i = 1; i <= 6; i++) direct.push((await submit(app, body.id, 100 + i, "192.0.2.77")).statusCode);
    expect(direct.at(-1)).toBe(429);
  });

  it("one body accepts a bounded number of anonymous submissions an hour, whatever the addresses", async () => {
    const app = await build({
      sessionTtlMs: 60_000,
      secureCookies: false,
      trustedProxies: ["192.0.2.1"],
      publicFormPerBodyHour: 3,
    });
    const [flooded, other] = [
      await createBody(testContext(engine.database)),
      await createBody(testContext(engine.database)),
    ];
    const codes = [];
    for (let i = 1; i <= 5; i++) codes.push((await submit(app, flooded.id, i, "192.0.2.1")).statusCode);
    expect(codes).toEqual([201, 201, 201, 429, 429]);
    expect((await submit(app, other.id, 50, "192.0.2.1")).statusCode).toBe(201);
  });

  it("X-Forwarded-Host and a forged Host never reach canonical links, the sitemap or robots.txt", async () => {
    const poisoned = { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" };
    for (const url of ["/portal?lang=ru", "/sitemap.xml", "/robots.txt"]) {
      const response = await plain.inject({ url, headers: poisoned });
      expect(response.statusCode).toBe(200);
      expect(response.body).not.toContain("evil.example");
    }
    const oddHost = await plain.inject({ url: "/robots.txt", headers: { host: "evil.example/<x>" } });
    expect(oddHost.body).not.toContain("<x>");
    const configured = await build({ sessionTtlMs: 60_000, secureCookies: false, publicUrl: "https://pikir.gov.kz" });
    const robots = await configured.inject({ url: "/robots.txt", headers: { host: "evil.example" } });
    expect(robots.body).toContain("Sitemap: https://pikir.gov.kz/sitemap.xml");
    const sitemap = await configured.inject({ url: "/sitemap.xml", headers: { host: "evil.example" } });
    expect(sitemap.body).not.toContain("evil.example");
    expect(sitemap.body).toContain("https://pikir.gov.kz/portal");
  });

  it("the configuration names proxies and the public address, and says what is wrong", () => {
    const c = loadConfig({ PIKIR_TRUSTED_PROXIES: "10.0.0.1, 10.1.0.0/16", PIKIR_PUBLIC_URL: "https://pikir.gov.kz/" });
    expect(c.trustedProxies).toEqual(["10.0.0.1", "10.1.0.0/16"]);
    expect(c.publicUrl).toBe("https://pikir.gov.kz");
    expect(loadConfig({}).trustedProxies).toEqual([]);
    expect(() => loadConfig({ PIKIR_TRUSTED_PROXIES: "everyone" })).toThrow(/PIKIR_TRUSTED_PROXIES/);
    expect(() => loadConfig({ PIKIR_PUBLIC_URL: "javascript:alert(1)" })).toThrow(/PIKIR_PUBLIC_URL/);
  });
});
