/**
 * The registry every installation needs, demo or not: regions and state bodies (§1 scope
 * marked). Idempotent: bodies are upserted by code, so re-running updates names and links —
 * except bodies an administrator has changed through the dated registry (issue 13): their
 * versions, not the seed files, are the record, and a re-seed leaves them alone.
 */
import { eq } from "drizzle-orm";
import type { AppContext } from "../../context.ts";
import { stateBodies, stateBodyVersions } from "../index.ts";
import { findBodyByCode } from "../../repositories/body.repository.ts";
import { upsertBody, upsertRegion } from "../../repositories/body.repository.ts";
import { REGIONS } from "./data/regions.ts";
import { STATE_BODIES } from "./data/state-bodies.ts";

export async function seedRegistry(ctx: AppContext): Promise<{ regions: number; bodies: number }> {
  const db = ctx.database.db;
  return db.transaction(async (tx) => {
    for (const r of REGIONS) {
      await upsertRegion(tx as never, {
        code: r.code,
        kind: r.kind,
        nameKk: r.nameKk,
        nameRu: r.nameRu,
        nameEn: r.nameEn,
      });
    }
    const idByCode = new Map<string, string>();
    const edited = new Set(
      (await tx.selectDistinct({ bodyId: stateBodyVersions.bodyId }).from(stateBodyVersions)).map((v) => v.bodyId),
    );
    for (const b of STATE_BODIES) {
      const existing = edited.size > 0 ? await findBodyByCode(tx as never, b.code) : undefined;
      if (existing && edited.has(existing.id)) {
        idByCode.set(b.code, existing.id);
        continue;
      }
      const row = await upsertBody(tx as never, {
        code: b.code,
        nameKk: b.nameKk,
        nameRu: b.nameRu,
        nameEn: b.nameEn,
        kind: b.kind,
        regionCode: b.regionCode,
        inScope: b.inScope,
        exclusionReason: b.exclusionReason,
        evaluated: b.evaluated ?? true,
        website: b.website ?? null,
      });
      idByCode.set(b.code, row.id);
    }
    // Parents second: a committee may be listed before its ministry.
    for (const b of STATE_BODIES) {
      if (!b.parentCode || edited.has(idByCode.get(b.code) ?? "")) continue;
      await tx
        .update(stateBodies)
        .set({ parentId: idByCode.get(b.parentCode) ?? null })
        .where(eq(stateBodies.code, b.code));
    }
    return { regions: REGIONS.length, bodies: STATE_BODIES.length };
  });
}
