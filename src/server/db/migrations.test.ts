import { expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { describeEachEngine } from "../../../test/db.ts";
import { migrateDatabase } from "./client.ts";

const TABLES = [
  "answers",
  "audit_log",
  "decisions",
  "dialogue_events",
  "evaluation_requests",
  "evaluation_results",
  "evaluation_rounds",
  "evaluation_submissions",
  "feedback_items",
  "initiatives",
  "media_work",
  "regions",
  "result_publications",
  "satisfaction_scores",
  "sessions",
  "social_accounts",
  "state_bodies",
  "users",
];

describeEachEngine("migrations", (engine) => {
  it("create the whole data model with its extensions, and re-applying is a no-op", async () => {
    const db = engine.database;
    const tables = await db.rows<{ name: string }>(
      sql`select table_name as name from information_schema.tables where table_schema = 'public' order by 1`,
    );
    // Later migrations add their own tables (each tested where it is used); the core must all be there.
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(TABLES));
    const extensions = await db.rows<{ name: string }>(
      sql`select extname as name from pg_extension where extname in ('pg_trgm','unaccent') order by 1`,
    );
    expect(extensions.map((e) => e.name)).toEqual(["pg_trgm", "unaccent"]);
    const [before] = await db.rows<{ n: number }>(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
    await migrateDatabase(db);
    const [after] = await db.rows<{ n: number }>(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
    expect(after!.n).toBe(before!.n);
    // count(*) comes back as a JS number on both engines (cast in SQL; int8 parsed on pg).
    const [count] = await db.rows<{ n: unknown }>(sql`select count(*) as n from regions`);
    expect(typeof count!.n).toBe("number");
  });

  it("enforces §1 scope consistency and the one-current-decision rule in the database itself", async () => {
    const db = engine.database;
    await expect(
      db.db.execute(
        sql`insert into state_bodies (code, name_kk, name_ru, name_en, kind, in_scope) values ('x-bad', 'a', 'b', 'c', 'central', false)`,
      ),
    ).rejects.toThrow();
    await expect(
      db.db.execute(
        sql`insert into state_bodies (code, name_kk, name_ru, name_en, kind, in_scope, exclusion_reason) values ('x-bad2', 'a', 'b', 'c', 'central', true, 'national_bank')`,
      ),
    ).rejects.toThrow();
  });
});
