/** The PostgreSQL server side of the test setup: a template database per migration set. */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { MIGRATIONS_FOLDER, migrateDatabase, openDatabase } from "../src/server/db/client.ts";

/**
 * The server is part of the test suite, not optional: tests run against it unless
 * PIKIR_TEST_PG=off is set explicitly (for a machine without a server).
 */
export function pgTestSettings(): { adminUrl: string } | null {
  if (process.env.PIKIR_TEST_PG === "off") return null;
  return { adminUrl: process.env.PIKIR_TEST_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres" };
}

export function withDatabase(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

function migrationsHash(): string {
  const hash = createHash("sha256");
  for (const file of readdirSync(MIGRATIONS_FOLDER)
    .filter((f) => f.endsWith(".sql"))
    .sort()) {
    hash.update(file).update(readFileSync(path.join(MIGRATIONS_FOLDER, file)));
  }
  return hash.digest("hex").slice(0, 12);
}

export async function adminQuery(adminUrl: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `Cannot reach the PostgreSQL server for tests at ${adminUrl} (${(error as Error).message}). ` +
        "Start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start — " +
        "or set PIKIR_TEST_PG=off to run on PGlite only.",
    );
  }
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** Reuses a template for the same migrations; builds it otherwise. */
export async function createPgTemplate(adminUrl: string): Promise<string> {
  const name = `pikir_tpl_${migrationsHash()}`;
  const client = new pg.Client({ connectionString: adminUrl });
  await adminQuery(adminUrl, "select 1");
  await client.connect();
  try {
    const exists = await client.query("select 1 from pg_database where datname = $1", [name]);
    if (exists.rowCount) return name;
    const building = `${name}_build_${process.pid}`;
    await client.query(`drop database if exists ${building}`);
    await client.query(`create database ${building}`);
    const database = await openDatabase({ engine: "pg", url: withDatabase(adminUrl, building), poolSize: 1 });
    await migrateDatabase(database);
    await database.close();
    // Renaming makes the template appear whole or not at all, even if a run is killed mid-build.
    await client.query(`alter database ${building} rename to ${name}`);
    return name;
  } finally {
    await client.end();
  }
}
