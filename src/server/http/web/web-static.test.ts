import { afterAll, beforeAll, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { describeEachEngine } from "../../../../test/db.ts";
import { testContext } from "../../../../test/factories.ts";
import { buildApp } from "../app.ts";
import { registerWebApp } from "./web-static.ts";

describeEachEngine("serving the built web app", (engine) => {
  let app: FastifyInstance;
  const dist = mkdtempSync(path.join(tmpdir(), "pikir-dist-"));
  beforeAll(async () => {
    mkdirSync(path.join(dist, "assets"));
    writeFileSync(path.join(dist, "index.html"), '<!doctype html><html lang="kk"><title>Pikir</title></html>');
    writeFileSync(path.join(dist, "assets", "app-3f2a.js"), "console.log('pikir')");
    app = await buildApp(testContext(engine.database), {
      sessionTtlMs: 60_000,
      secureCookies: false,
      extend: (a) => registerWebApp(a, dist),
    });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it("serves index.html for client routes, caches hashed assets, and keeps JSON 404s for the API", async () => {
    const route = await app.inject({ url: "/inbox/42?tab=history" });
    expect(route.statusCode).toBe(200);
    expect(route.headers["content-type"]).toMatch(/text\/html/);
    expect(route.body).toContain("<title>Pikir</title>");
    const asset = await app.inject({ url: "/assets/app-3f2a.js" });
    expect(asset.headers["cache-control"]).toContain("immutable");
    const api = await app.inject({ url: "/api/no-such-thing", headers: { "accept-language": "ru" } });
    expect(api.statusCode).toBe(404);
    expect(api.json().error.code).toBe("not_found");
    expect((await app.inject({ url: "/assets/missing.js" })).statusCode).toBe(404);
    expect((await app.inject({ method: "POST", url: "/inbox" })).statusCode).toBe(404);
    expect((await app.inject({ url: "/api/health" })).statusCode).toBe(200);
  });
});
