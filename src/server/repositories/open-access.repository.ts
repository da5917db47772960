/**
 * §23 open access: the addresses that must be open (drafts and budget reports on their portal
 * address, results publications), the evidence of each check, and the entities' own flags.
 */
import { and, desc, eq, gte, inArray, isNotNull, isNull, lte, or, sql } from "drizzle-orm";
import { initiatives, openAccessChecks, resultPublications, stateBodies, type OpenAccessEntity } from "../db/index.ts";
import type { Executor } from "../context.ts";

export type OpenAccessCheckRow = typeof openAccessChecks.$inferSelect;
export type NewOpenAccessCheck = typeof openAccessChecks.$inferInsert;

/** The §23 groups, as domain/evaluation/open-access.ts names them. */
type OpenAccessCategory = "drafts" | "budgetReports" | "results";

export interface RequiredAddress {
  entityKind: OpenAccessEntity;
  entityId: string;
  bodyId: string;
  category: OpenAccessCategory;
  /** The initiative's kind, or the publication's (interim / final). */
  subkind: string;
  title: { kk: string | null; ru: string | null; en: string | null };
  url: string;
  openAccess: boolean | null;
  checkedAt: Date | null;
}

// The same grouping as summariseOpenAccess (indicator-figures.repository.ts), so the risk shown to
// a body is the zeroing the evaluation would apply.
const DRAFT_KINDS = ["draft_legal_act", "draft_budget_program"] as const;
const ADDRESS_KINDS = [...DRAFT_KINDS, "budget_report"] as const;

/**
 * Every address §23 turns on, for one body or for every in-scope body: initiatives of the three
 * kinds with a portal address whose discussion (or creation) reaches `since`, and results
 * publications published since then.
 */
export async function listRequiredAddresses(
  db: Executor,
  filter: { bodyId?: string; since: string },
): Promise<RequiredAddress[]> {
  const inScope = filter.bodyId
    ? undefined
    : sql`exists (select 1 from ${stateBodies} b where b.id = ${initiatives.bodyId} and b.in_scope)`;
  const lastDay = sql`coalesce(${initiatives.discussionEndsOn}, ${initiatives.discussionStartsOn}, ${initiatives.createdAt}::date)`;
  const drafts = await db
    .select()
    .from(initiatives)
    .where(
      and(
        filter.bodyId ? eq(initiatives.bodyId, filter.bodyId) : inScope,
        inArray(initiatives.kind, [...ADDRESS_KINDS]),
        isNotNull(initiatives.portalUrl),
        sql`${lastDay} >= ${filter.since}::date`,
      ),
    )
    .orderBy(initiatives.createdAt, initiatives.id);
  const pubScope = filter.bodyId
    ? undefined
    : sql`exists (select 1 from ${stateBodies} b where b.id = ${resultPublications.bodyId} and b.in_scope)`;
  const publications = await db
    .select()
    .from(resultPublications)
    .where(
      and(
        filter.bodyId ? eq(resultPublications.bodyId, filter.bodyId) : pubScope,
        gte(resultPublications.publishedOn, filter.since),
        isNull(resultPublications.withdrawnAt),
      ),
    )
    .orderBy(resultPublications.publishedOn, resultPublications.id);
  return [
    ...drafts.map(
      (i): RequiredAddress => ({
        entityKind: "initiative",
        entityId: i.id,
        bodyId: i.bodyId,
        category: (DRAFT_KINDS as readonly string[]).includes(i.kind) ? "drafts" : "budgetReports",
        subkind: i.kind,
        title: { kk: i.titleKk, ru: i.titleRu, en: i.titleEn },
        url: i.portalUrl!,
        openAccess: i.openAccess,
        checkedAt: i.openAccessCheckedAt,
      }),
    ),
    ...publications.map(
      (p): RequiredAddress => ({
        entityKind: "result_publication",
        entityId: p.id,
        bodyId: p.bodyId,
        category: "results",
        subkind: p.kind,
        title: { kk: p.title, ru: p.title, en: p.title },
        url: p.url,
        openAccess: p.openAccess,
        checkedAt: p.checkedAt,
      }),
    ),
  ];
}

/** A body's drafts and budget reports of the window with no portal address: nothing can show they were public. */
export async function listWithoutAddress(
  db: Executor,
  bodyId: string,
  since: string,
): Promise<{ entityId: string; subkind: string; title: RequiredAddress["title"] }[]> {
  const lastDay = sql`coalesce(${initiatives.discussionEndsOn}, ${initiatives.discussionStartsOn}, ${initiatives.createdAt}::date)`;
  const rows = await db
    .select()
    .from(initiatives)
    .where(
      and(
        eq(initiatives.bodyId, bodyId),
        inArray(initiatives.kind, [...ADDRESS_KINDS]),
        isNull(initiatives.portalUrl),
        sql`${lastDay} >= ${since}::date`,
      ),
    )
    .orderBy(initiatives.createdAt, initiatives.id);
  return rows.map((i) => ({ entityId: i.id, subkind: i.kind, title: { kk: i.titleKk, ru: i.titleRu, en: i.titleEn } }));
}

export async function insertOpenAccessCheck(db: Executor, values: NewOpenAccessCheck): Promise<OpenAccessCheckRow> {
  const [row] = await db.insert(openAccessChecks).values(values).returning();
  return row!;
}

/**
 * Sets the entity's flag from a check, unless a newer check already did (two runs may overlap:
 * the daily job and an officer's "check now").
 */
export async function applyCheckToEntity(
  db: Executor,
  kind: OpenAccessEntity,
  id: string,
  ok: boolean,
  checkedAt: Date,
): Promise<void> {
  if (kind === "initiative") {
    await db
      .update(initiatives)
      .set({ openAccess: ok, openAccessCheckedAt: checkedAt })
      .where(
        and(
          eq(initiatives.id, id),
          or(isNull(initiatives.openAccessCheckedAt), lte(initiatives.openAccessCheckedAt, checkedAt)),
        ),
      );
  } else {
    await db
      .update(resultPublications)
      .set({ openAccess: ok, checkedAt })
      .where(
        and(
          eq(resultPublications.id, id),
          or(isNull(resultPublications.checkedAt), lte(resultPublications.checkedAt, checkedAt)),
        ),
      );
  }
}

/** The latest check of each of a body's entities (the entity index serves it newest first). */
export async function listLatestChecks(db: Executor, bodyId: string): Promise<OpenAccessCheckRow[]> {
  return db
    .selectDistinctOn([openAccessChecks.entityKind, openAccessChecks.entityId])
    .from(openAccessChecks)
    .where(eq(openAccessChecks.bodyId, bodyId))
    .orderBy(
      openAccessChecks.entityKind,
      openAccessChecks.entityId,
      desc(openAccessChecks.checkedAt),
      desc(openAccessChecks.id),
    );
}
