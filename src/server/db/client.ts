/**
 * One database API over two engines: embedded PGlite (data in a directory, for `npm start` and
 * tests) and a PostgreSQL server through node-postgres (production). Everything above this file
 * sees only `Database`.
 */
import { fileURLToPath } from "node:url";
import { mkdirSync } from "node:fs";
import { closeTree } from "../private-files.ts";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { sql, type SQL } from "drizzle-orm";
import * as schema from "./index.ts";

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Engine = "pglite" | "pg";

export interface Database {
  engine: Engine;
  db: Db;
  /** Runs raw SQL and returns its rows (used by repositories for hand-written queries). */
  rows<T = Record<string, unknown>>(query: SQL): Promise<T[]>;
  /**
   * Plain SQL text with $1… parameters, for libraries that bring their own SQL (the pg-boss job
   * queue). Without values, several statements may be sent at once.
   */
  executeSql(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
  close(): Promise<void>;
}

export const MIGRATIONS_FOLDER = fileURLToPath(new URL("./migrations", import.meta.url));

export type DatabaseConfig =
  | { engine: "pglite"; dataDir?: string } // no dataDir: in memory
  | { engine: "pg"; url: string; poolSize?: number };

export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  return config.engine === "pglite" ? openPglite(config.dataDir) : openPg(config.url, config.poolSize);
}

async function openPglite(dataDir?: string): Promise<Database> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  const { unaccent } = await import("@electric-sql/pglite/contrib/unaccent");
  const { drizzle } = await import("drizzle-orm/pglite");
  if (dataDir) mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const client = await PGlite.create({ dataDir, extensions: { pg_trgm, unaccent } });
  // PGlite writes its initial catalog 0666; the database is for this user only (W20).
  if (dataDir) closeTree(dataDir);
  const db = drizzle(client, { schema }) as unknown as Db;
  return {
    engine: "pglite",
    db,
    rows: async <T>(query: SQL) => (await db.execute(query) as unknown as { rows: T[] }).rows,
    executeSql: async (text, values) => {
      if (values && values.length > 0) return client.query<Record<string, unknown>>(text, values);
      const results = await client.exec(text);
      return { rows: (results.at(-1)?.rows ?? []) as Record<string, unknown>[] };
    },
    close: () => client.close(),
  };
}

async function openPg(url: string, poolSize = 10): Promise<Database> {
  const pg = await import("pg");
  const { drizzle } = await import("drizzle-orm/node-postgres");
  // int8 (count(*), bigint ids) as JS numbers: ids stay far below 2^53 and PGlite does the same.
  pg.default.types.setTypeParser(20, (value: string) => Number(value));
  const pool = new pg.default.Pool({ connectionString: url, max: poolSize });
  await pool.query("select 1"); // fail fast with the server's own message
  const db = drizzle(pool, { schema }) as unknown as Db;
  return {
    engine: "pg",
    db,
    rows: async <T>(query: SQL) => (await db.execute(query) as unknown as { rows: T[] }).rows,
    executeSql: async (text, values) => pool.query(text, values),
    close: () => pool.end(),
  };
}

export async function migrateDatabase(database: Database): Promise<void> {
  if (database.engine === "pglite") {
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    await migrate(database.db as never, { migrationsFolder: MIGRATIONS_FOLDER });
  } else {
    const { migrate } = await import("drizzle-orm/node-postgres/migrator");
    await migrate(database.db as never, { migrationsFolder: MIGRATIONS_FOLDER });
  }
}

export async function ping(database: Database): Promise<boolean> {
  const [row] = await database.rows<{ ok: number }>(sql`select 1::int as ok`);
  return row?.ok === 1;
}
