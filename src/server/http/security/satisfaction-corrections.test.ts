/**
 * Review 2026-12-security W22: §21.3 satisfaction for an unknown round or body answered 500, and a
 * published round took a new score silently (never reaching its results). Now: 404 for an unknown
 * round or body, 409 on a cancelled round, and a published round takes a score only as a correction
 * with a reason, which makes a new published version (issue 10).
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { describeEachEngine } from "../../../../test/db.ts";
import { createBody, createUser, testContext } from "../../../../test/factories.ts";
import { buildTestApp, signInCookie } from "../../../../test/http.ts";

describeEachEngine("§21.3 satisfaction: unknown targets and published rounds (W22)", (engine) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(testContext(engine.database));
  });
  afterAll(async () => app.close());

  it("replays W22", async () => {
    const ctx = testContext(engine.database);
    const body = await createBody(ctx);
    const { user } = await createUser(ctx, "ministry_analyst", null);
    const cookie = await signInCookie(app, user.email);
    const put = (roundId: string, bodyId: string, payload: object) =>
      app.inject({
        method: "PUT",
        url: `/api/evaluations/${roundId}/satisfaction/${bodyId}`,
        headers: { cookie, "accept-language": "en" },
        payload,
      });
    // The attack of the review: an unknown round.
    const unknown = await put("00000000-0000-4000-8000-000000000000", body.id, { scorePercent: 50 });
    expect([unknown.statusCode, unknown.json().error.code]).toEqual([404, "not_found"]);

    const post = (url: string, payload: object = {}) =>
      app.inject({ method: "POST", url, headers: { cookie }, payload });
    const round = (
      await post("/api/evaluations", { title: "W22", periodFrom: "2024-01-01", periodTo: "2024-03-31" })
    ).json();
    const strayBody = await put(round.id, "00000000-0000-4000-8000-000000000000", { scorePercent: 50 });
    expect([strayBody.statusCode, strayBody.json().error.code]).toEqual([404, "not_found"]);

    expect((await post(`/api/evaluations/${round.id}/compute`)).statusCode).toBe(200);
    expect((await post(`/api/evaluations/${round.id}/publish`, { confirm: true })).statusCode).toBe(200);
    // After publication: no silent edit — a reason is required, then it is a new published version.
    const silent = await put(round.id, body.id, { scorePercent: 50 });
    expect([silent.statusCode, silent.json().error.code]).toEqual([400, "correction_reason_required"]);
    const corrected = await put(round.id, body.id, { scorePercent: 50, reason: "Survey results arrived late" });
    expect([corrected.statusCode, corrected.json()]).toEqual([200, { version: 2 }]);
    const results = (await app.inject({ url: `/api/evaluations/${round.id}/results?source=recorded` })).json();
    expect(results.round.correctedAt).not.toBeNull();
    const row = results.results.find((r: { bodyId: string }) => r.bodyId === body.id);
    expect(row.criteria21.satisfaction).toMatchObject({ provided: true });
    expect(row.version).toBe(2);
    const versions = (await app.inject({ url: `/api/evaluations/${round.id}/versions` })).json().versions;
    expect(versions.map((v: { version: number; reason: string | null }) => [v.version, v.reason])).toEqual([
      [2, "Survey results arrived late"],
      [1, null],
    ]);

    // A cancelled round takes nothing.
    const other = (
      await post("/api/evaluations", { title: "W22b", periodFrom: "2024-04-01", periodTo: "2024-06-30" })
    ).json();
    await post(`/api/evaluations/${other.id}/cancel`, { reason: "opened by mistake" });
    const cancelled = await put(other.id, body.id, { scorePercent: 50 });
    expect([cancelled.statusCode, cancelled.json().error.code]).toEqual([409, "round_not_open"]);
  });
});
