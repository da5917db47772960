/**
 * Retention of rejected rows' raw text (security review, "left open"): `import_rejects.raw` keeps a
 * row the import could not take exactly as it was in the file, often with a name, an IIN or a phone,
 * so that the body can correct and re-upload it. After PIKIR_REJECTS_RETENTION_DAYS (default 90) past
 * the run's end the text is forgotten; the line, the reason and its parameters stay in the report.
 */
import type { AppContext } from "../../context.ts";
import { clearRejectedRawBefore } from "../../repositories/import-run.repository.ts";

export const DEFAULT_REJECTS_RETENTION_DAYS = 90;

export async function purgeRejectedRaw(
  ctx: AppContext,
  options: { days?: number; now?: Date } = {},
): Promise<{ cleared: number; before: Date }> {
  const days = options.days ?? DEFAULT_REJECTS_RETENTION_DAYS;
  const before = new Date((options.now ?? new Date()).getTime() - days * 24 * 60 * 60 * 1000);
  return { cleared: await clearRejectedRawBefore(ctx.database.db, before), before };
}
