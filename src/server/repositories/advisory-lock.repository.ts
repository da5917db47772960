/**
 * Session-level PostgreSQL advisory locks held on a connection of their own, for work that outlives
 * a transaction (an import that runs for minutes). Every process on the server's database sees them,
 * `pikir worker` processes included; a process that dies releases its locks with its connection.
 * PGlite has one connection in one process: its locks are re-entrant there, so callers keep an
 * in-process guard as well.
 */
import { sql } from "drizzle-orm";
import type { Database } from "../db/client.ts";

export interface HeldLock {
  release(): Promise<void>;
}

/** Takes the lock named by `name` if no other session holds it; null when one does. */
export async function tryHoldAdvisoryLock(database: Database, name: string): Promise<HeldLock | null> {
  let releaseSignal!: () => void;
  const released = new Promise<void>((resolve) => {
    releaseSignal = resolve;
  });
  let answer!: (acquired: boolean) => void;
  const acquired = new Promise<boolean>((resolve) => {
    answer = resolve;
  });
  const session = database.withOwnConnection(async (own) => {
    const [row] = await own.rows<{ ok: boolean }>(sql`select pg_try_advisory_lock(hashtextextended(${name}, 0)) as ok`);
    answer(row!.ok);
    if (!row!.ok) return;
    await released;
    await own.rows(sql`select pg_advisory_unlock(hashtextextended(${name}, 0))`);
  });
  if (!(await Promise.race([acquired, session.then(() => false)]))) {
    await session;
    return null;
  }
  return {
    release: async () => {
      releaseSignal();
      await session;
    },
  };
}
