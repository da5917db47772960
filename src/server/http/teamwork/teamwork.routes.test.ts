import { afterAll, beforeAll, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { describeEachEngine } from "../../../../test/db.ts";
import { createBody, createItems, createUser, testContext } from "../../../../test/factories.ts";
import { buildTestApp, signInEachFrom } from "../../../../test/http.ts";

describeEachEngine("teamwork: assignments, notes, awaiting me", (engine) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(testContext(engine.database));
  });
  afterAll(async () => app.close());
  const cookieOf = signInEachFrom(() => app, "10.4.0");

  it("the head assigns items with due dates; the officer sees them awaiting, earliest due first, and the team shares notes", async () => {
    const ctx = testContext(engine.database);
    const body = await createBody(ctx);
    const other = await createBody(ctx);
    const { user: head } = await createUser(ctx, "body_head", body.id);
    const { user: officer } = await createUser(ctx, "body_officer", body.id);
    const { user: outsider } = await createUser(ctx, "body_officer", other.id);
    const [a, b, c] = await createItems(ctx, body.id, [{ kind: "remark" }, { kind: "comment" }, { kind: "proposal" }]);
    const headCookie = await cookieOf(head.email);
    const put = (id: number, payload: object, cookie = headCookie) =>
      app.inject({ method: "PUT", url: `/api/items/${id}/assignment`, payload, headers: { cookie } });
    expect((await put(a!.id, { assigneeId: officer.id, dueOn: "2026-12-20" })).statusCode).toBe(204);
    expect((await put(b!.id, { assigneeId: officer.id, dueOn: "2026-12-10" })).statusCode).toBe(204);
    expect((await put(c!.id, { assigneeId: officer.id })).statusCode).toBe(204);
    expect((await put(c!.id, { assigneeId: outsider.id })).statusCode).toBe(400);
    const outsiderCookie = await cookieOf(outsider.email);
    expect((await put(a!.id, { assigneeId: outsider.id }, outsiderCookie)).statusCode).toBe(403);

    const officerCookie = await cookieOf(officer.email);
    const awaiting = (
      await app.inject({ url: "/api/workspace/awaiting-me", headers: { cookie: officerCookie } })
    ).json();
    expect(awaiting.map((i: { itemId: number; dueOn: string | null }) => [i.itemId, i.dueOn])).toEqual([
      [b!.id, "2026-12-10"],
      [a!.id, "2026-12-20"],
      [c!.id, null],
    ]);

    expect(
      (
        await app.inject({
          method: "POST",
          url: `/api/items/${a!.id}/notes`,
          payload: { text: "Заң бөлімімен келісу керек" },
          headers: { cookie: officerCookie },
        })
      ).statusCode,
    ).toBe(201);
    const notes = (await app.inject({ url: `/api/items/${a!.id}/notes`, headers: { cookie: headCookie } })).json();
    expect(notes).toEqual([
      expect.objectContaining({ text: "Заң бөлімімен келісу керек", author: officer.displayName }),
    ]);
    expect(
      (await app.inject({ url: `/api/items/${a!.id}/notes`, headers: { cookie: outsiderCookie } })).statusCode,
    ).toBe(403);

    expect((await put(b!.id, { assigneeId: null })).statusCode).toBe(204);
    expect(
      (await app.inject({ url: "/api/workspace/awaiting-me", headers: { cookie: officerCookie } })).json(),
    ).toHaveLength(2);
  });
});
