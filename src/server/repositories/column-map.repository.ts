/** import_column_maps: a body's own column headers for a table importer (eOtinish exports). */
import { and, eq } from "drizzle-orm";
import { importColumnMaps } from "../db/index.ts";
import type { Executor } from "../context.ts";

export async function findColumnMap(
  db: Executor,
  bodyId: string,
  importer: string,
): Promise<Record<string, string> | undefined> {
  const [row] = await db
    .select({ mapping: importColumnMaps.mapping })
    .from(importColumnMaps)
    .where(and(eq(importColumnMaps.bodyId, bodyId), eq(importColumnMaps.importer, importer)));
  return row?.mapping;
}

export async function upsertColumnMap(
  tx: Executor,
  v: { bodyId: string; importer: string; mapping: Record<string, string>; updatedBy: string | null },
): Promise<void> {
  await tx
    .insert(importColumnMaps)
    .values(v)
    .onConflictDoUpdate({
      target: [importColumnMaps.bodyId, importColumnMaps.importer],
      set: { mapping: v.mapping, updatedBy: v.updatedBy, updatedAt: new Date() },
    });
}
