/**
 * Read replicas for the public side (issue 12, docs/scaling.md): the anonymous portal and open data
 * read only published rounds, decided reports and registry data, which change a few times a
 * quarter, so a streaming standby's lag of a second is harmless there. With DATABASE_READ_URL set,
 * those routes get a context whose database is the replica; everything else — officers' screens,
 * writes, jobs, sessions — stays on DATABASE_URL. A replica is never migrated (it follows the
 * primary) and refuses writes, so a route that tried one would fail loudly rather than diverge.
 */
import type { Logger } from "pino";
import { sql } from "drizzle-orm";
import type { AppContext } from "./context.ts";
import { openDatabase, type Database } from "./db/client.ts";

/** The context the public read-only routes run with: the replica's when there is one. */
export function publicReadContext(ctx: AppContext): AppContext {
  return ctx.readDatabase ? { ...ctx, database: ctx.readDatabase } : ctx;
}

export async function openReadReplica(url: string, log: Logger): Promise<Database> {
  const database = await openDatabase({ engine: "pg", url });
  const [row] = await database.rows<{ standby: boolean }>(sql`select pg_is_in_recovery() as standby`);
  log.info({ standby: row?.standby }, "read replica for the portal and open data");
  if (!row?.standby) log.warn("DATABASE_READ_URL is not a standby: the portal reads a writable server");
  return database;
}
