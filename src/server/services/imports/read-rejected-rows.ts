/**
 * A run's rejected rows for its report (rejected.csv). A row is the file's line as read, and an
 * appeals export carries the appellant's name, IIN, phone, e-mail and address in it: so the raw row
 * goes only to those who may read personal data (the body's officers and head, who fix and re-send
 * the file), and that read is audited like a reveal (W4). Others with item.read (the ministry,
 * administrators) get the line and the reason, never the row.
 */
import { transaction, type Actor, type AppContext } from "../../context.ts";
import { can } from "../../policies/policy.ts";
import { appendAudit } from "../../repositories/audit.repository.ts";
import type { ImportRejectRow, ImportRunRow } from "../../repositories/import-run.repository.ts";
import { PERSONAL_READ_ACTION } from "../feedback/reveal-personal-data.ts";
import { getRun, readRejects } from "./list-import-runs.ts";

export interface RejectedRows {
  run: ImportRunRow;
  /** False when the caller sees no raw rows (raw is then null in every row). */
  withRaw: boolean;
  rows: AsyncGenerator<Omit<ImportRejectRow, "raw"> & { raw: string | null }>;
}

export async function readRejectedRows(ctx: AppContext, actor: Actor, runId: string): Promise<RejectedRows> {
  const run = await getRun(ctx, actor, runId);
  const withRaw = can(actor, "personal.read", run.bodyId);
  if (withRaw && run.rejected > 0) {
    await transaction(ctx, (tx) =>
      appendAudit(tx, {
        actorId: actor.userId,
        actorLabel: actor.label,
        action: PERSONAL_READ_ACTION,
        entity: "import_run",
        entityId: run.id,
        bodyId: run.bodyId,
        after: { purpose: "rejected rows report", fields: ["rejected_rows"], rows: run.rejected },
      }),
    );
  }
  const rows = (async function* () {
    for await (const r of readRejects(ctx, run.id)) yield withRaw ? r : { ...r, raw: null };
  })();
  return { run, withRaw, rows };
}
