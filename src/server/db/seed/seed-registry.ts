/**
 * The registry every installation needs, demo or not: regions and state bodies (§1 scope
 * marked). Idempotent: bodies are upserted by code, so re-running updates names and links.
 */
import { eq } from "drizzle-orm";
import type { AppContext } from "../../context.ts";
import { stateBodies } from "../index.ts";
import { upsertBody, upsertRegion } from "../../repositories/body.repository.ts";
import { REGIONS } from "./data/regions.ts";
import { STATE_BODIES } from "./data/state-bodies.ts";

export async function seedRegistry(ctx: AppContext): Promise<{ regions: number; bodies: number }> {
  const db = ctx.database.db;
  return db.transaction(async (tx) => {
    for (const r of REGIONS) {
      await upsertRegion(tx as never, { code: r.code, kind: r.kind, nameKk: r.nameKk, nameRu: r.nameRu, nameEn: r.nameEn });
    }
    const idByCode = new Map<string, string>();
    for (const b of STATE_BODIES) {
      const row = await upsertBody(tx as never, {
        code: b.code, nameKk: b.nameKk, nameRu: b.nameRu, nameEn: b.nameEn, kind: b.kind, regionCode: b.regionCode,
        inScope: b.inScope, exclusionReason: b.exclusionReason, website: b.website ?? null,
      });
      idByCode.set(b.code, row.id);
    }
    // Parents second: a committee may be listed before its ministry.
    for (const b of STATE_BODIES) {
      if (!b.parentCode) continue;
      await tx.update(stateBodies).set({ parentId: idByCode.get(b.parentCode) ?? null }).where(eq(stateBodies.code, b.code));
    }
    return { regions: REGIONS.length, bodies: STATE_BODIES.length };
  });
}
