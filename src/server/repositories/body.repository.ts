import { and, asc, eq, ilike, or, sql, count } from "drizzle-orm";
import { regions, stateBodies } from "../db/index.ts";
import type { BodyKind } from "../db/enums.ts";
import type { Executor } from "../context.ts";
import { conditions, containsPattern, type Page, type Paged } from "./pagination.ts";

export type BodyRow = typeof stateBodies.$inferSelect;
export type NewBody = typeof stateBodies.$inferInsert;
export type RegionRow = typeof regions.$inferSelect;

export interface BodyFilter {
  kind?: BodyKind;
  regionCode?: string;
  inScope?: boolean;
  q?: string;
}

export async function listBodies(db: Executor, filter: BodyFilter, page: Page): Promise<Paged<BodyRow>> {
  const where = and(
    ...conditions(
      filter.kind && eq(stateBodies.kind, filter.kind),
      filter.regionCode && eq(stateBodies.regionCode, filter.regionCode),
      filter.inScope !== undefined && eq(stateBodies.inScope, filter.inScope),
      filter.q &&
        or(
          ilike(stateBodies.nameKk, containsPattern(filter.q)),
          ilike(stateBodies.nameRu, containsPattern(filter.q)),
          ilike(stateBodies.nameEn, containsPattern(filter.q)),
          eq(stateBodies.code, filter.q),
        ),
    ),
  );
  const [items, [total]] = await Promise.all([
    db
      .select()
      .from(stateBodies)
      .where(where)
      .orderBy(asc(stateBodies.kind), asc(stateBodies.nameEn))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(stateBodies).where(where),
  ]);
  return { items, total: Number(total?.n ?? 0), ...page };
}

export async function findBody(db: Executor, id: string): Promise<BodyRow | undefined> {
  const [row] = await db.select().from(stateBodies).where(eq(stateBodies.id, id));
  return row;
}

export async function findBodyByCode(db: Executor, code: string): Promise<BodyRow | undefined> {
  const [row] = await db.select().from(stateBodies).where(eq(stateBodies.code, code));
  return row;
}

/** Every body's code: token variables are bound to bodies by their codes (W12). */
export async function listBodyCodes(db: Executor): Promise<string[]> {
  const rows = await db.select({ code: stateBodies.code }).from(stateBodies);
  return rows.map((r) => r.code);
}

export async function listInScopeBodies(db: Executor): Promise<BodyRow[]> {
  return db.select().from(stateBodies).where(eq(stateBodies.inScope, true)).orderBy(asc(stateBodies.code));
}

/**
 * The bodies a round asks for §20 figures: in §1's scope and chosen by the ministry for evaluation
 * (state_bodies.evaluated; a district akimat may be left out). Not evaluated bodies keep their duties.
 */
export async function listEvaluatedBodies(db: Executor): Promise<BodyRow[]> {
  return db
    .select()
    .from(stateBodies)
    .where(and(eq(stateBodies.inScope, true), eq(stateBodies.evaluated, true)))
    .orderBy(asc(stateBodies.code));
}

/** Seeding and registry updates: the body's code is its natural key. */
export async function upsertBody(db: Executor, body: NewBody): Promise<BodyRow> {
  const { id: _ignored, ...rest } = body;
  const [row] = await db
    .insert(stateBodies)
    .values(rest)
    .onConflictDoUpdate({ target: stateBodies.code, set: { ...rest } })
    .returning();
  return row!;
}

export async function upsertRegion(db: Executor, region: RegionRow): Promise<void> {
  await db.insert(regions).values(region).onConflictDoUpdate({ target: regions.code, set: region });
}

export async function listRegions(db: Executor): Promise<RegionRow[]> {
  return db.select().from(regions).orderBy(asc(regions.code));
}

export async function countBodies(db: Executor): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(stateBodies);
  return Number(row?.n ?? 0);
}
