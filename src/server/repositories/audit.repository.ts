/**
 * The audit log is append-only and hash-chained: each entry's hash covers the previous hash and
 * the entry's canonical content, so any edit or deletion breaks the chain from that row on.
 */
import { createHash } from "node:crypto";
import { asc, desc, and, eq, getTableColumns, gt, sql } from "drizzle-orm";
import { auditLog, users } from "../db/index.ts";
import type { Executor } from "../context.ts";

export const GENESIS_HASH = "0".repeat(64);
// One lock id for the chain: appends are serialised so two writers never fork it.
export const AUDIT_CHAIN_LOCK = 7_270_301;

export interface AuditEntryInput {
  actorId: string | null;
  actorLabel: string;
  action: string;
  entity: string;
  entityId: string;
  bodyId: string | null;
  before?: unknown;
  after?: unknown;
}

type AuditRow = typeof auditLog.$inferSelect;

/** Stable JSON: keys sorted, so the same content always hashes the same on both engines. */
function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

export function hashAuditEntry(prevHash: string, row: Omit<AuditRow, "id" | "hash" | "prevHash">): string {
  const content = canonicalJson({
    at: row.at.toISOString(),
    actorId: row.actorId,
    actorLabel: row.actorLabel,
    action: row.action,
    entity: row.entity,
    entityId: row.entityId,
    bodyId: row.bodyId,
    before: row.before,
    after: row.after,
  });
  return createHash("sha256").update(prevHash).update("\n").update(content).digest("hex");
}

export async function appendAudit(tx: Executor, entry: AuditEntryInput): Promise<AuditRow> {
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
  const [last] = await tx.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1);
  const prevHash = last?.hash ?? GENESIS_HASH;
  // Millisecond precision: what JS Dates hold, so the hash can be recomputed from the stored row.
  const at = new Date(Math.floor(Date.now()));
  const values = {
    at,
    actorId: entry.actorId,
    actorLabel: entry.actorLabel,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    bodyId: entry.bodyId,
    before: (entry.before ?? null) as unknown,
    after: (entry.after ?? null) as unknown,
  };
  // Round-trip through JSON so the hash is computed over exactly what jsonb will give back.
  values.before = JSON.parse(JSON.stringify(values.before));
  values.after = JSON.parse(JSON.stringify(values.after));
  const hash = hashAuditEntry(prevHash, values);
  const [row] = await tx
    .insert(auditLog)
    .values({ ...values, prevHash, hash })
    .returning();
  return row!;
}

/**
 * An entity's entries, oldest first, each with the actor's current display name: the log keeps the
 * e-mail it was written with (the chain covers it), a reader wants the person's name.
 */
export async function listAuditForEntity(
  db: Executor,
  entity: string,
  entityId: string,
): Promise<(AuditRow & { actorName: string | null })[]> {
  return db
    .select({ ...getTableColumns(auditLog), actorName: users.displayName })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(eq(auditLog.entity, entity), eq(auditLog.entityId, entityId)))
    .orderBy(asc(auditLog.id));
}

/** Reads the chain in pages so a long log is verified in bounded memory. */
export async function* readAuditChain(db: Executor, pageSize = 5_000): AsyncGenerator<AuditRow> {
  let after = 0;
  for (;;) {
    const page = await db
      .select()
      .from(auditLog)
      .where(gt(auditLog.id, after))
      .orderBy(asc(auditLog.id))
      .limit(pageSize);
    if (page.length === 0) return;
    yield* page;
    after = page[page.length - 1]!.id;
  }
}
