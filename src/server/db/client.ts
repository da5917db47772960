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

type Schema = typeof schema;
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
  /**
   * Runs long background work (the labelling job) on a connection of its own where the engine has
   * more than one: on the server a one-connection pool opened for the work and closed after it, so
   * the web pool is never taken; PGlite has one connection, so the work gets this same database
   * and must keep its statements short and yield between them.
   */
  withOwnConnection<T>(work: (database: Database) => Promise<T>): Promise<T>;
  /** `COPY table (columns) FROM STDIN` with the given COPY text (tab-separated, \N for null): bulk writes. */
  copyFrom(copySql: string, data: string): Promise<void>;
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
  const database: Database = {
    engine: "pglite",
    db,
    rows: async <T>(query: SQL) => ((await db.execute(query)) as unknown as { rows: T[] }).rows,
    executeSql: async (text, values) => {
      if (values && values.length > 0) return client.query<Record<string, unknown>>(text, values);
      const results = await client.exec(text);
      return { rows: (results.at(-1)?.rows ?? []) as Record<string, unknown>[] };
    },
    withOwnConnection: (work) => work(database),
    // PGlite reads COPY input from a Blob attached to the query.
    copyFrom: async (copySql, data) => {
      await client.query(copySql.replace(/FROM STDIN$/i, "FROM '/dev/blob'"), [], { blob: new Blob([data]) });
    },
    close: () => client.close(),
  };
  return database;
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
    rows: async <T>(query: SQL) => ((await db.execute(query)) as unknown as { rows: T[] }).rows,
    executeSql: async (text, values) => pool.query(text, values),
    withOwnConnection: async (work) => {
      const own = await openPg(url, 1);
      try {
        return await work(own);
      } finally {
        await own.close();
      }
    },
    copyFrom: async (copySql, data) => {
      const { from } = await import("pg-copy-streams");
      const { Readable } = await import("node:stream");
      const { pipeline } = await import("node:stream/promises");
      const connection = await pool.connect();
      try {
        await pipeline(Readable.from([data]), connection.query(from(copySql)));
      } finally {
        connection.release();
      }
    },
    close: () => pool.end(),
  };
}

/**
 * `COPY table (columns) FROM STDIN` on the connection of an open transaction (a Drizzle
 * transaction on either engine), so the copied rows commit or roll back with the rest of it: the
 * import's batches stage their rows this way (import-items.repository.ts). On the server through
 * pg-copy-streams on the transaction's pooled client; PGlite reads the data from a Blob.
 */
export async function copyIntoTransaction(tx: Db, copySql: string, data: string): Promise<void> {
  const client = (tx as unknown as { session?: { client?: unknown } }).session?.client as
    | { release?: unknown; query: (...args: unknown[]) => unknown }
    | undefined;
  if (!client) throw new Error("copyIntoTransaction needs a transaction");
  if (typeof client.release === "function") {
    const { from } = await import("pg-copy-streams");
    const { Readable } = await import("node:stream");
    const { pipeline } = await import("node:stream/promises");
    await pipeline(Readable.from([data]), client.query(from(copySql)) as NodeJS.WritableStream);
    return;
  }
  await client.query(copySql.replace(/FROM STDIN$/i, "FROM '/dev/blob'"), [], { blob: new Blob([data]) });
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
