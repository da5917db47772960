import { afterAll, beforeAll, expect, it } from "vitest";
import { PassThrough, Readable } from "node:stream";
import { gzipSync } from "node:zlib";
import { sql } from "drizzle-orm";
import { describeEachEngine, openTestDatabase, testEngines } from "../../../../test/db.ts";
import { createBody, createItems, createUser, testContext } from "../../../../test/factories.ts";
import type { Database } from "../../db/client.ts";
import { seedRegistry } from "../../db/seed/seed-registry.ts";
import { decideItem } from "../feedback/decide-item.ts";
import { answerComment } from "../feedback/answer-comment.ts";
import { verifyAudit } from "../audit/verify-audit.ts";
import { listTables } from "../../repositories/backup.repository.ts";
import { backupDatabase } from "./backup-database.ts";
import { restoreDatabase, RestoreError } from "./restore-database.ts";

async function backupToBuffer(database: Database): Promise<{ buffer: Buffer; progress: number[] }> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on("data", (c: Buffer) => chunks.push(c));
  const progress: number[] = [];
  await backupDatabase(testContext(database), sink, (done) => progress.push(done));
  return { buffer: Buffer.concat(chunks), progress };
}

/** Every table's rows as text, in key order: two databases are equal when these are. */
async function snapshot(database: Database): Promise<Record<string, string[]>> {
  const result: Record<string, string[]> = {};
  for (const table of await listTables(database.db)) {
    const order = table.orderBy.length ? `order by ${table.orderBy.map((c) => `"${c}"`).join(", ")}` : "order by 1";
    const rows = await database.rows<{ j: string }>(
      sql.raw(`select row_to_json(t)::text as j from "${table.name}" t ${order}`),
    );
    result[table.name] = rows.map((r) => r.j);
  }
  return result;
}

describeEachEngine("backup and restore", (engine) => {
  let target: { database: Database; dispose: () => Promise<void> };
  beforeAll(async () => {
    const ctx = testContext(engine.database);
    await seedRegistry(ctx);
    const body = await createBody(ctx);
    const { actor } = await createUser(ctx, "body_officer", body.id);
    const items = await createItems(ctx, body.id, [
      { kind: "remark", text: '«Жол» — 5-тармақ; "quotes" and \\ backslash\nnew line' },
      { kind: "proposal" },
      { kind: "comment" },
    ]);
    await decideItem(ctx, actor, {
      itemId: items[0]!.id,
      outcome: "accepted",
      referenceKind: "act_clause",
      referenceText: "7-тармақ",
    });
    await decideItem(ctx, actor, { itemId: items[1]!.id, outcome: "rejected", reason: "Жобаның нысанасына жатпайды" });
    await answerComment(ctx, actor, { itemId: items[2]!.id, text: "Рахмет!" });
    target = await openTestDatabase(engine.engine);
  });
  afterAll(async () => target.dispose());

  it("round-trips every table exactly, keeps the audit chain intact, and continues identities after the restore", async () => {
    const { buffer, progress } = await backupToBuffer(engine.database);
    expect(progress.at(-1)).toBeGreaterThan(80); // 20 regions + 64 bodies + the items above…
    await restoreDatabase(testContext(target.database), Readable.from(buffer));
    expect(await snapshot(target.database)).toEqual(await snapshot(engine.database));
    // Derived tables are not in the file: the triggers rebuild them, to the same figures.
    const daily = (d: Database) => d.rows(sql`select * from indicator_daily order by body_id, day`);
    expect((await daily(target.database)).length).toBeGreaterThan(0);
    expect(await daily(target.database)).toEqual(await daily(engine.database));
    expect((await verifyAudit(target.database.db)).ok).toBe(true);
    // New rows get new ids, not ones the restore brought back.
    const body = await createBody(testContext(target.database));
    const [item] = await createItems(testContext(target.database), body.id, [{ kind: "comment" }]);
    const [max] = await engine.database.rows<{ id: number }>(sql`select max(id)::int as id from feedback_items`);
    expect(item!.id).toBeGreaterThan(max!.id);
  });

  it("refuses a non-empty database, a foreign file and a truncated backup, and leaves the target as it was", async () => {
    const { buffer } = await backupToBuffer(engine.database);
    await expect(restoreDatabase(testContext(target.database), Readable.from(buffer))).rejects.toThrow(/not empty/);
    await expect(
      restoreDatabase(testContext(target.database), Readable.from(gzipSync("hello\n"))),
    ).rejects.toBeInstanceOf(RestoreError);
    const fresh = await openTestDatabase(engine.engine);
    try {
      const lines = (await import("node:zlib")).gunzipSync(buffer).toString("utf8").split("\n");
      const truncated = gzipSync(lines.slice(0, Math.floor(lines.length / 2)).join("\n"));
      await expect(restoreDatabase(testContext(fresh.database), Readable.from(truncated))).rejects.toThrow(/truncated/);
      const [count] = await fresh.database.rows<{ n: number }>(sql`select count(*)::int as n from state_bodies`);
      expect(count!.n).toBe(0); // one transaction: nothing half-restored
    } finally {
      await fresh.dispose();
    }
  });
});

it.runIf(testEngines().includes("pg"))("moves a database from PGlite to the PostgreSQL server", async () => {
  const source = await openTestDatabase("pglite");
  const target = await openTestDatabase("pg");
  try {
    await seedRegistry(testContext(source.database));
    const { buffer } = await backupToBuffer(source.database);
    await restoreDatabase(testContext(target.database), Readable.from(buffer));
    const count = (d: Database) =>
      d.rows<{ n: number; names: string }>(
        sql`select count(*)::int as n, string_agg(name_kk, '|' order by code) as names from state_bodies`,
      );
    expect(await count(target.database)).toEqual(await count(source.database));
  } finally {
    await source.dispose();
    await target.dispose();
  }
});
