/** Signed checkpoints of the audit chain's head (W6): append-only, apart from audit_log. */
import { asc, desc, gt, sql } from "drizzle-orm";
import { auditCheckpoints, auditLog } from "../db/index.ts";
import type { Executor } from "../context.ts";
import { AUDIT_CHAIN_LOCK } from "./audit.repository.ts";

export type AuditCheckpointRow = typeof auditCheckpoints.$inferSelect;

/** Holds the chain's lock for the transaction: no entry is appended while the head is read and signed. */
export async function lockAuditChain(tx: Executor): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
}

export async function findLatestCheckpoint(db: Executor): Promise<AuditCheckpointRow | undefined> {
  const [row] = await db.select().from(auditCheckpoints).orderBy(desc(auditCheckpoints.id)).limit(1);
  return row;
}

export async function listCheckpoints(db: Executor): Promise<AuditCheckpointRow[]> {
  return db.select().from(auditCheckpoints).orderBy(asc(auditCheckpoints.id));
}

export async function insertCheckpoint(
  db: Executor,
  values: Omit<AuditCheckpointRow, "id">,
): Promise<AuditCheckpointRow> {
  const [row] = await db.insert(auditCheckpoints).values(values).returning();
  return row!;
}

/** The entries after `afterId`, in chain order (to check them before the head is signed). */
export async function readAuditEntriesAfter(db: Executor, afterId: number, limit: number) {
  return db.select().from(auditLog).where(gt(auditLog.id, afterId)).orderBy(asc(auditLog.id)).limit(limit);
}

export async function findAuditEntry(db: Executor, id: number) {
  const [row] = await db
    .select({ id: auditLog.id, hash: auditLog.hash })
    .from(auditLog)
    .where(sql`${auditLog.id} = ${id}`);
  return row;
}
