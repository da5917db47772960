import { and, asc, count, desc, eq, ilike, inArray, lt, or } from "drizzle-orm";
import { initiatives } from "../db/index.ts";
import type { InitiativeKind, InitiativeStatus } from "../db/enums.ts";
import type { Executor } from "../context.ts";
import { conditions, containsPattern, type Page, type Paged } from "./pagination.ts";

export type InitiativeRow = typeof initiatives.$inferSelect;
export type NewInitiative = typeof initiatives.$inferInsert;

export interface InitiativeFilter {
  bodyId?: string;
  kind?: InitiativeKind;
  status?: InitiativeStatus;
  q?: string;
  /** Limits the list to public statuses plus any status of these bodies (undefined: no limit). */
  visibleTo?: { publicStatuses: readonly InitiativeStatus[]; bodyIds: string[] };
}

export async function listInitiatives(
  db: Executor,
  filter: InitiativeFilter,
  page: Page,
): Promise<Paged<InitiativeRow>> {
  const where = and(
    ...conditions(
      filter.bodyId && eq(initiatives.bodyId, filter.bodyId),
      filter.kind && eq(initiatives.kind, filter.kind),
      filter.status && eq(initiatives.status, filter.status),
      filter.q &&
        or(
          ilike(initiatives.titleKk, containsPattern(filter.q)),
          ilike(initiatives.titleRu, containsPattern(filter.q)),
          ilike(initiatives.titleEn, containsPattern(filter.q)),
        ),
      filter.visibleTo &&
        (filter.visibleTo.bodyIds.length
          ? or(
              inArray(initiatives.status, [...filter.visibleTo.publicStatuses]),
              inArray(initiatives.bodyId, filter.visibleTo.bodyIds),
            )
          : inArray(initiatives.status, [...filter.visibleTo.publicStatuses])),
    ),
  );
  const [items, [total]] = await Promise.all([
    db
      .select()
      .from(initiatives)
      .where(where)
      .orderBy(desc(initiatives.discussionStartsOn), asc(initiatives.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(initiatives).where(where),
  ]);
  return { items, total: Number(total?.n ?? 0), ...page };
}

export async function findInitiative(db: Executor, id: string): Promise<InitiativeRow | undefined> {
  const [row] = await db.select().from(initiatives).where(eq(initiatives.id, id));
  return row;
}

/** The owning body of each initiative id that exists. */
export async function findInitiativeBodies(db: Executor, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: initiatives.id, bodyId: initiatives.bodyId })
    .from(initiatives)
    .where(inArray(initiatives.id, ids));
  return new Map(rows.map((r) => [r.id, r.bodyId]));
}

export async function insertInitiative(db: Executor, values: NewInitiative): Promise<InitiativeRow> {
  const [row] = await db.insert(initiatives).values(values).returning();
  return row!;
}

export async function updateInitiative(
  db: Executor,
  id: string,
  values: Partial<NewInitiative>,
): Promise<InitiativeRow | undefined> {
  const [row] = await db
    .update(initiatives)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(initiatives.id, id))
    .returning();
  return row;
}

/** §5: the discussion period of each initiative id that exists (for marking items outside it). */
export async function findDiscussionWindows(
  db: Executor,
  ids: string[],
): Promise<Map<string, { startsOn: string | null; endsOn: string | null }>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: initiatives.id, startsOn: initiatives.discussionStartsOn, endsOn: initiatives.discussionEndsOn })
    .from(initiatives)
    .where(inArray(initiatives.id, ids));
  return new Map(rows.map((r) => [r.id, { startsOn: r.startsOn, endsOn: r.endsOn }]));
}

/**
 * §5: every discussion whose last day is before `today` moves from in_discussion to
 * discussion_closed (the same test as discussionHasEnded in the domain); the closed rows are
 * returned for the audit log.
 */
export async function closeEndedDiscussions(
  db: Executor,
  today: string,
): Promise<{ id: string; bodyId: string; discussionEndsOn: string | null }[]> {
  return db
    .update(initiatives)
    .set({ status: "discussion_closed", updatedAt: new Date() })
    .where(and(eq(initiatives.status, "in_discussion"), lt(initiatives.discussionEndsOn, today)))
    .returning({ id: initiatives.id, bodyId: initiatives.bodyId, discussionEndsOn: initiatives.discussionEndsOn });
}
