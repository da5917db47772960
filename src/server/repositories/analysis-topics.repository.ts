/** The body's named / merged topics and its saved §14 drafts (migration 0026). */
import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "../context.ts";
import { analysisDrafts, analysisTopics } from "../db/index.ts";
import type { StoredTopic } from "../../domain/analysis/topic-catalog.ts";

export async function listStoredTopics(db: Executor, bodyId: string): Promise<StoredTopic[]> {
  const rows = await db
    .select()
    .from(analysisTopics)
    .where(eq(analysisTopics.bodyId, bodyId))
    .orderBy(analysisTopics.key);
  return rows.map((r) => ({
    key: r.key,
    name:
      r.nameKk !== null || r.nameRu !== null || r.nameEn !== null
        ? {
            kk: r.nameKk ?? r.nameRu ?? r.nameEn ?? "",
            ru: r.nameRu ?? r.nameKk ?? r.nameEn ?? "",
            en: r.nameEn ?? r.nameRu ?? r.nameKk ?? "",
          }
        : null,
    stems: r.stems,
    mergedInto: r.mergedInto,
  }));
}

export interface TopicWrite {
  bodyId: string;
  key: string;
  stems: string[];
  name?: { kk: string; ru: string; en: string } | null;
  mergedInto?: string | null;
  updatedBy: string | null;
}

/** Inserts or updates one topic; only the fields given change (name and mergedInto independently). */
export async function upsertStoredTopic(db: Executor, w: TopicWrite): Promise<void> {
  const set: Record<string, unknown> = { stems: w.stems, updatedBy: w.updatedBy, updatedAt: sql`now()` };
  if (w.name !== undefined)
    Object.assign(set, { nameKk: w.name?.kk ?? null, nameRu: w.name?.ru ?? null, nameEn: w.name?.en ?? null });
  if (w.mergedInto !== undefined) set.mergedInto = w.mergedInto;
  await db
    .insert(analysisTopics)
    .values({
      bodyId: w.bodyId,
      key: w.key,
      stems: w.stems,
      nameKk: w.name?.kk ?? null,
      nameRu: w.name?.ru ?? null,
      nameEn: w.name?.en ?? null,
      mergedInto: w.mergedInto ?? null,
      updatedBy: w.updatedBy,
    })
    .onConflictDoUpdate({ target: [analysisTopics.bodyId, analysisTopics.key], set });
}

export interface DraftRow {
  lang: "kk" | "ru" | "en";
  topics: string[];
  recommendations: string[];
  updatedAt: Date;
}

export async function listDrafts(db: Executor, bodyId: string, quarter: string): Promise<DraftRow[]> {
  return db
    .select({
      lang: analysisDrafts.lang,
      topics: analysisDrafts.topics,
      recommendations: analysisDrafts.recommendations,
      updatedAt: analysisDrafts.updatedAt,
    })
    .from(analysisDrafts)
    .where(and(eq(analysisDrafts.bodyId, bodyId), eq(analysisDrafts.quarter, quarter)))
    .orderBy(analysisDrafts.lang);
}

export async function saveDraft(
  db: Executor,
  d: {
    bodyId: string;
    quarter: string;
    lang: "kk" | "ru" | "en";
    topics: string[];
    recommendations: string[];
    updatedBy: string | null;
  },
): Promise<DraftRow> {
  const [row] = await db
    .insert(analysisDrafts)
    .values(d)
    .onConflictDoUpdate({
      target: [analysisDrafts.bodyId, analysisDrafts.quarter, analysisDrafts.lang],
      set: { topics: d.topics, recommendations: d.recommendations, updatedBy: d.updatedBy, updatedAt: sql`now()` },
    })
    .returning({
      lang: analysisDrafts.lang,
      topics: analysisDrafts.topics,
      recommendations: analysisDrafts.recommendations,
      updatedAt: analysisDrafts.updatedAt,
    });
  return row!;
}

export async function deleteDraft(db: Executor, bodyId: string, quarter: string, lang: string): Promise<void> {
  await db
    .delete(analysisDrafts)
    .where(
      and(
        eq(analysisDrafts.bodyId, bodyId),
        eq(analysisDrafts.quarter, quarter),
        eq(analysisDrafts.lang, lang as "kk"),
      ),
    );
}
