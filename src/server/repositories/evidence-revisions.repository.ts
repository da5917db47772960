/** Correcting and withdrawing evidence (0024): the four evidence tables and their revisions. */
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import {
  councilSessions,
  dialogueEvents,
  evidenceRevisions,
  mediaWork,
  resultPublications,
  users,
  type EVIDENCE_ENTITIES,
} from "../db/index.ts";
import type { Executor } from "../context.ts";

export type EvidenceEntity = (typeof EVIDENCE_ENTITIES)[number];

const TABLES = {
  "result-publications": resultPublications,
  "media-work": mediaWork,
  "dialogue-events": dialogueEvents,
  "council-sessions": councilSessions,
} as const;

/** What every evidence row has, whatever its kind. */
export interface EvidenceRowBase {
  id: string;
  bodyId: string;
  revision: number;
  withdrawnAt: Date | null;
  withdrawnReason: string | null;
  createdAt: Date;
  [column: string]: unknown;
}

export async function findEvidenceRow(
  db: Executor,
  entity: EvidenceEntity,
  id: string,
): Promise<EvidenceRowBase | null> {
  const table = TABLES[entity];
  const [row] = await db.select().from(table).where(eq(table.id, id)).limit(1);
  return (row as EvidenceRowBase | undefined) ?? null;
}

/**
 * Applies a correction or a withdrawal when the row is still at the revision the caller saw and not
 * withdrawn; null otherwise (the service says which). The revision goes up by one.
 */
export async function reviseEvidenceRow(
  tx: Executor,
  entity: EvidenceEntity,
  id: string,
  seenRevision: number,
  patch: Record<string, unknown>,
): Promise<EvidenceRowBase | null> {
  const table = TABLES[entity];
  const [row] = await tx
    .update(table)
    .set({ ...patch, revision: sql`${table.revision} + 1` } as never)
    .where(and(eq(table.id, id), eq(table.revision, seenRevision), isNull(table.withdrawnAt)))
    .returning();
  return (row as EvidenceRowBase | undefined) ?? null;
}

export async function insertEvidenceRevision(
  tx: Executor,
  values: typeof evidenceRevisions.$inferInsert,
): Promise<typeof evidenceRevisions.$inferSelect> {
  const [row] = await tx.insert(evidenceRevisions).values(values).returning();
  return row!;
}

export interface EvidenceRevisionRow {
  revision: number;
  action: "recorded" | "corrected" | "withdrawn";
  reason: string | null;
  snapshot: Record<string, unknown>;
  actorName: string | null;
  createdAt: Date;
}

/** The versions of one record, oldest first, with the person's name (not the e-mail) where known. */
export async function listEvidenceRevisions(
  db: Executor,
  entity: EvidenceEntity,
  id: string,
): Promise<EvidenceRevisionRow[]> {
  return db
    .select({
      revision: evidenceRevisions.revision,
      action: evidenceRevisions.action,
      reason: evidenceRevisions.reason,
      snapshot: evidenceRevisions.snapshot,
      actorName: sql<string | null>`coalesce(${users.displayName}, ${evidenceRevisions.actorLabel})`,
      createdAt: evidenceRevisions.createdAt,
    })
    .from(evidenceRevisions)
    .leftJoin(users, eq(users.id, evidenceRevisions.actorId))
    .where(and(eq(evidenceRevisions.entity, entity), eq(evidenceRevisions.entityId, id)))
    .orderBy(asc(evidenceRevisions.revision));
}
