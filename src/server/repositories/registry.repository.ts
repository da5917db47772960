/** The dated registry: a snapshot of a body per change, and the registry as it stood on a date. */
import { asc, desc, eq, lte } from "drizzle-orm";
import { stateBodies, stateBodyVersions } from "../db/index.ts";
import type { Executor } from "../context.ts";
import type { BodyRow, NewBody } from "./body.repository.ts";

export async function lockBody(tx: Executor, id: string): Promise<BodyRow | undefined> {
  const [row] = await tx.select().from(stateBodies).where(eq(stateBodies.id, id)).for("update");
  return row;
}

export async function insertBody(tx: Executor, values: NewBody): Promise<BodyRow> {
  const [row] = await tx.insert(stateBodies).values(values).returning();
  return row!;
}

export async function updateBody(tx: Executor, id: string, patch: Partial<NewBody>): Promise<BodyRow> {
  const [row] = await tx.update(stateBodies).set(patch).where(eq(stateBodies.id, id)).returning();
  return row!;
}

/** The day before any registry change: the baseline of bodies seeded before the registry was dated. */
const BASELINE_DATE = "1900-01-01";

/**
 * Appends the body's state after a change, effective on a date. A body changed for the first time
 * gets its state before the change as a baseline first, so earlier periods still read it.
 */
export async function appendBodyVersion(
  tx: Executor,
  before: BodyRow | null,
  after: BodyRow,
  change: string,
  effectiveOn: string,
  changedBy: string | null,
): Promise<void> {
  const snap = (b: BodyRow) => {
    const { createdAt: _createdAt, ...rest } = b;
    return JSON.parse(JSON.stringify(rest)) as Record<string, unknown>;
  };
  if (before) {
    const [existing] = await tx
      .select({ id: stateBodyVersions.id })
      .from(stateBodyVersions)
      .where(eq(stateBodyVersions.bodyId, before.id))
      .limit(1);
    if (!existing)
      await tx.insert(stateBodyVersions).values({
        bodyId: before.id,
        effectiveOn: BASELINE_DATE,
        change: "baseline",
        snapshot: snap(before),
        changedBy,
      });
  }
  await tx
    .insert(stateBodyVersions)
    .values({ bodyId: after.id, effectiveOn, change, snapshot: snap(after), changedBy });
}

export async function listBodyVersions(
  db: Executor,
  bodyId: string,
): Promise<{ effectiveOn: string; change: string; snapshot: Record<string, unknown>; changedAt: Date }[]> {
  return db
    .select({
      effectiveOn: stateBodyVersions.effectiveOn,
      change: stateBodyVersions.change,
      snapshot: stateBodyVersions.snapshot,
      changedAt: stateBodyVersions.changedAt,
    })
    .from(stateBodyVersions)
    .where(eq(stateBodyVersions.bodyId, bodyId))
    .orderBy(asc(stateBodyVersions.effectiveOn), asc(stateBodyVersions.id));
}

export type RegistryEntry = Omit<BodyRow, "createdAt">;

/**
 * The registry on a date: each body as its latest version in effect then; a body never changed
 * as it is now; a body whose versions all start later did not exist yet. Ended bodies (validTo
 * before the date) and bodies not yet started are left out.
 */
export async function registryAsOf(db: Executor, date: string): Promise<RegistryEntry[]> {
  const bodies = await db.select().from(stateBodies).orderBy(asc(stateBodies.code));
  const inEffect = await db
    .selectDistinctOn([stateBodyVersions.bodyId], {
      bodyId: stateBodyVersions.bodyId,
      snapshot: stateBodyVersions.snapshot,
    })
    .from(stateBodyVersions)
    .where(lte(stateBodyVersions.effectiveOn, date))
    .orderBy(stateBodyVersions.bodyId, desc(stateBodyVersions.effectiveOn), desc(stateBodyVersions.id));
  const versioned = new Set(
    (await db.selectDistinct({ bodyId: stateBodyVersions.bodyId }).from(stateBodyVersions)).map((v) => v.bodyId),
  );
  const byBody = new Map(inEffect.map((v) => [v.bodyId, v.snapshot as unknown as RegistryEntry]));
  const out: RegistryEntry[] = [];
  for (const body of bodies) {
    const { createdAt: _c, ...current } = body;
    const state = byBody.get(body.id) ?? (versioned.has(body.id) ? null : current);
    if (!state) continue;
    if (state.validFrom && state.validFrom > date) continue;
    if (state.validTo && state.validTo < date) continue;
    out.push(state);
  }
  return out;
}
