/**
 * The portal and open data on a read replica (issue 12, docs/scaling.md). Runs only where a primary
 * and a streaming standby are configured — `scripts/replica-setup.sh` makes both in /tmp:
 *   PIKIR_REPLICA_PRIMARY_URL=postgres://postgres@127.0.0.1:5441/postgres
 *   PIKIR_REPLICA_READ_URL=postgres://postgres@127.0.0.1:5442/postgres
 * and skips otherwise. It proves the routing by pausing the standby's replay: a change made on the
 * primary meanwhile is not on the portal until replay resumes, while officers' data stays on the primary.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import pg from "pg";
import pino from "pino";
import { sql } from "drizzle-orm";
import { migrateDatabase, openDatabase, type Database } from "../../db/client.ts";
import { buildTestApp } from "../../../../test/http.ts";
import { seedPortalFixture } from "./portal-fixture.test-support.ts";
import { findBody } from "../../repositories/body.repository.ts";

const PRIMARY = process.env.PIKIR_REPLICA_PRIMARY_URL;
const READ = process.env.PIKIR_REPLICA_READ_URL;

const withDb = (url: string, name: string) => {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
};

async function admin(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

async function eventually(check: () => Promise<boolean>, ms = 30_000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check().catch(() => false))) {
    if (Date.now() > until) throw new Error("the replica did not catch up in time");
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe.skipIf(!PRIMARY || !READ)("portal and open data on a read replica", () => {
  const name = `pikir_replica_${process.pid}`;
  let primary: Database;
  let replica: Database;
  let app: FastifyInstance;
  let bodyId = "";

  beforeAll(async () => {
    await admin(PRIMARY!, `drop database if exists ${name}`);
    await admin(PRIMARY!, `create database ${name}`);
    primary = await openDatabase({ engine: "pg", url: withDb(PRIMARY!, name), poolSize: 4 });
    await migrateDatabase(primary);
    const ctx = { database: primary, log: pino({ level: "silent" }) };
    const fixture = await seedPortalFixture(ctx);
    bodyId = fixture.body.id;
    // The new database reaches the standby by streaming; wait until it and the fixture are there.
    await eventually(async () => {
      replica ??= await openDatabase({ engine: "pg", url: withDb(READ!, name), poolSize: 2 });
      return (await findBody(replica.db, bodyId)) !== undefined;
    });
    app = await buildTestApp({ ...ctx, readDatabase: replica });
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await admin(READ!, "select pg_wal_replay_resume()").catch(() => {});
    await replica?.close();
    await primary?.close();
    await admin(PRIMARY!, `drop database if exists ${name}`);
  });

  it("the read database is a standby that refuses writes", async () => {
    const [row] = await replica.rows<{ standby: boolean }>(sql`select pg_is_in_recovery() as standby`);
    expect(row!.standby).toBe(true);
    const error = (await replica.rows(sql`update state_bodies set name_kk = name_kk`).catch((e: unknown) => e)) as {
      cause?: { code?: string };
    };
    expect(error.cause?.code).toBe("25006"); // read_only_sql_transaction
  });

  it("serves the portal and open data from the replica, which follows the primary", { timeout: 60_000 }, async () => {
    const before = await app.inject({ url: "/portal" });
    expect(before.statusCode).toBe(200);
    expect(before.body).toContain("Порталдың сынақ министрлігі");
    expect(before.body).toContain("37.5");
    const openData = await app.inject({ url: "/api/open-data/indicators.json" });
    expect(openData.statusCode).toBe(200);

    // Replay paused: the primary's rename is not on the portal, which therefore reads the replica.
    await admin(withDb(READ!, name), "select pg_wal_replay_pause()");
    await primary.rows(sql`update state_bodies set name_kk = 'Жаңа атаулы министрлік' where id = ${bodyId}::uuid`);
    expect((await findBody(primary.db, bodyId))!.nameKk).toBe("Жаңа атаулы министрлік");
    expect((await app.inject({ url: "/portal" })).body).toContain("Порталдың сынақ министрлігі");

    await admin(withDb(READ!, name), "select pg_wal_replay_resume()");
    await eventually(async () => (await app.inject({ url: "/portal" })).body.includes("Жаңа атаулы министрлік"));
  });
});
