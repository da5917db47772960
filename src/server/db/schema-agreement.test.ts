/**
 * The migrations are written by hand (partitioning, triggers and checks drizzle-kit cannot say), so
 * nothing but this test keeps them and the Drizzle tables the code queries through in step: every
 * Drizzle table exists in the migrated database with the same columns, types and nullability, every
 * pgEnum has the database's labels in order, and every table of the public schema is known to Drizzle.
 */
import { expect, it } from "vitest";
import { getTableConfig, isPgEnum, PgTable, type PgEnum } from "drizzle-orm/pg-core";
import { is, sql } from "drizzle-orm";
import { describeEachEngine } from "../../../test/db.ts";
import * as schema from "./index.ts";

const exported: unknown[] = Object.values(schema);
const tables = exported.filter((value): value is PgTable => is(value, PgTable)).map((t) => getTableConfig(t));
const enums = exported.filter((value): value is PgEnum<[string, ...string[]]> => isPgEnum(value));

/** Drizzle's spelling of a type → PostgreSQL's format_type(), which is what the catalog answers. */
function normaliseType(type: string): string {
  return type
    .replace(/^serial$/, "integer")
    .replace(/^bigserial$/, "bigint")
    .replace(/^smallserial$/, "smallint")
    .replace(/^varchar/, "character varying")
    .replace(/^timestamp(\s*\(\d+\))? with time zone$/, "timestamp$1 with time zone")
    .replace(/^timestamp(\s*\(\d+\))?$/, "timestamp$1 without time zone")
    .replace(/\s*,\s*/g, ",")
    .replace(/\s+\(/g, "(");
}

describeEachEngine("Drizzle schema and migrated database", (engine) => {
  it("agree on every table's columns, types and nullability", async () => {
    const rows = await engine.database.rows<{ table: string; column: string; type: string; notNull: boolean }>(sql`
      select c.relname as "table", a.attname as "column", format_type(a.atttypid, a.atttypmod) as "type", a.attnotnull as "notNull"
      from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition and a.attnum > 0 and not a.attisdropped`);
    const inDatabase = new Map<string, string>(
      rows.map((r) => [`${r.table}.${r.column}`, `${normaliseType(r.type)}${r.notNull ? " not null" : ""}`]),
    );
    const inDrizzle = new Map<string, string>(
      tables.flatMap((t) =>
        t.columns.map(
          (c) => [`${t.name}.${c.name}`, `${normaliseType(c.getSQLType())}${c.notNull ? " not null" : ""}`] as const,
        ),
      ),
    );
    const differences = [...new Set([...inDatabase.keys(), ...inDrizzle.keys()])]
      .sort()
      .filter((key) => inDatabase.get(key) !== inDrizzle.get(key))
      .map((key) => `${key}: database ${inDatabase.get(key) ?? "—"}, drizzle ${inDrizzle.get(key) ?? "—"}`);
    expect(inDrizzle.size).toBeGreaterThan(300);
    expect(differences).toEqual([]);
  });

  it("agree on every enum's labels, in order", async () => {
    // ::text: node-postgres leaves a name[] as the string "{a,b}"; text[] it parses on both engines.
    const rows = await engine.database.rows<{ name: string; labels: string[] }>(sql`
      select t.typname::text as name, array_agg(e.enumlabel::text order by e.enumsortorder) as labels
      from pg_type t join pg_enum e on e.enumtypid = t.oid join pg_namespace n on n.oid = t.typnamespace
      where n.nspname = 'public' group by t.typname`);
    const inDatabase = Object.fromEntries(rows.map((r) => [r.name, r.labels]));
    const inDrizzle = Object.fromEntries(enums.map((e) => [e.enumName, [...e.enumValues]]));
    expect(inDatabase).toEqual(inDrizzle);
  });
});
