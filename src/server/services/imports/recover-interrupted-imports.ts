/**
 * At start (W17): a kill -9 during an import leaves its run "running" for ever and its upload in the
 * uploads directory. The runs are marked interrupted (re-uploading resumes them); uploads older than
 * the retention period are removed, since a live import deletes its own file when it ends and none
 * runs longer than that.
 */
import { readdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import type { AppContext } from "../../context.ts";
import { interruptStaleImportRuns } from "../../repositories/import-run.repository.ts";

/** A run that has not advanced for this long is dead (a batch takes seconds). */
const STALE_RUN_MINUTES = 10;
/** How long an upload file may wait in the uploads directory. */
const UPLOAD_RETENTION_MS = 24 * 60 * 60 * 1000;

export async function recoverInterruptedImports(
  ctx: AppContext,
  options: { uploadsDir: string; retentionMs?: number; staleMinutes?: number; now?: number },
): Promise<{ interrupted: string[]; removedUploads: number }> {
  const interrupted = await interruptStaleImportRuns(ctx.database.db, options.staleMinutes ?? STALE_RUN_MINUTES);
  const cutoff = (options.now ?? Date.now()) - (options.retentionMs ?? UPLOAD_RETENTION_MS);
  let removedUploads = 0;
  for (const entry of readdirSync(options.uploadsDir, { withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(options.uploadsDir, entry.name);
    try {
      if (statSync(file).mtimeMs >= cutoff) continue;
      rmSync(file, { force: true });
      removedUploads++;
    } catch {
      // removed meanwhile by the import that owned it
    }
  }
  if (interrupted.length || removedUploads)
    ctx.log.warn(
      { interrupted, removedUploads },
      "imports interrupted by a previous crash marked; old uploads removed",
    );
  return { interrupted, removedUploads };
}
