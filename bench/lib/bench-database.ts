/**
 * A throw-away database for a benchmark: on the PostgreSQL server (DATABASE_URL, or the local
 * server the tests use), created fresh, migrated, dropped at the end — or a disk-backed PGlite in a
 * temp dir with `--engine pglite`.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { migrateDatabase, openDatabase, type Database } from "../../src/server/db/client.ts";

export interface BenchDatabase {
  database: Database;
  label: string;
  /** The server database's name (pg only), to find its backends' processes. */
  name?: string;
  dispose(): Promise<void>;
}

export async function openBenchDatabase(engine: "pg" | "pglite"): Promise<BenchDatabase> {
  if (engine === "pglite") {
    const dir = mkdtempSync(path.join(tmpdir(), "pikir-bench-"));
    const database = await openDatabase({ engine: "pglite", dataDir: dir });
    await migrateDatabase(database);
    return {
      database,
      label: `PGlite (disk, ${dir})`,
      dispose: async () => {
        await database.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const adminUrl = process.env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";
  const name = `pikir_bench_${process.pid}`;
  const admin = async (text: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(text);
    } finally {
      await client.end();
    }
  };
  await admin(`drop database if exists ${name}`);
  await admin(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ engine: "pg", url: url.toString(), poolSize: 4 });
  await migrateDatabase(database);
  const [version] = await database.rows<{ v: string }>(
    (await import("drizzle-orm")).sql`select current_setting('server_version') as v`,
  );
  return {
    database,
    label: `PostgreSQL ${version?.v ?? "?"} (${url.host})`,
    name,
    dispose: async () => {
      await database.close();
      await admin(`drop database if exists ${name}`);
    },
  };
}

export function argValue(args: string[], name: string, fallback: string): string {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
}

export async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = process.hrtime.bigint();
  const value = await work();
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, value };
}

export async function median(runs: number, work: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push((await timed(work)).ms);
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}
