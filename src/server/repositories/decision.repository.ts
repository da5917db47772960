import { and, asc, eq, isNull } from "drizzle-orm";
import { answers, decisions } from "../db/index.ts";
import type { Executor } from "../context.ts";
import type { AnswerRow, DecisionRow } from "./feedback-item.repository.ts";

export type NewDecision = typeof decisions.$inferInsert;
export type NewAnswer = typeof answers.$inferInsert;

/** Locks the item's current decision row (if any) so two deciders cannot both supersede it. */
export async function lockCurrentDecision(tx: Executor, itemId: number): Promise<DecisionRow | undefined> {
  const [row] = await tx
    .select()
    .from(decisions)
    .where(and(eq(decisions.itemId, itemId), isNull(decisions.supersededAt)))
    .for("update");
  return row;
}

export async function supersedeDecision(tx: Executor, decisionId: number, at: Date): Promise<void> {
  await tx.update(decisions).set({ supersededAt: at }).where(eq(decisions.id, decisionId));
}

export async function insertDecision(tx: Executor, values: NewDecision): Promise<DecisionRow> {
  const [row] = await tx.insert(decisions).values(values).returning();
  return row!;
}

export async function listDecisionHistory(db: Executor, itemId: number): Promise<DecisionRow[]> {
  return db.select().from(decisions).where(eq(decisions.itemId, itemId)).orderBy(asc(decisions.id));
}

export async function lockCurrentAnswer(tx: Executor, itemId: number): Promise<AnswerRow | undefined> {
  const [row] = await tx
    .select()
    .from(answers)
    .where(and(eq(answers.itemId, itemId), isNull(answers.supersededAt)))
    .for("update");
  return row;
}

export async function supersedeAnswer(tx: Executor, answerId: number, at: Date): Promise<void> {
  await tx.update(answers).set({ supersededAt: at }).where(eq(answers.id, answerId));
}

export async function insertAnswer(tx: Executor, values: NewAnswer): Promise<AnswerRow> {
  const [row] = await tx.insert(answers).values(values).returning();
  return row!;
}

export async function listAnswerHistory(db: Executor, itemId: number): Promise<AnswerRow[]> {
  return db.select().from(answers).where(eq(answers.itemId, itemId)).orderBy(asc(answers.id));
}
