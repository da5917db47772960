/** Import runs a user may see (their body's; every body's for the ministry), and one run's report. */
import type { Actor, AppContext } from "../../context.ts";
import { notFound } from "../../errors.ts";
import { authorize, readableBodies } from "../../policies/policy.ts";
import {
  findImportRun,
  listImportRejects,
  listImportRuns,
  type ImportRejectRow,
  type ImportRunRow,
} from "../../repositories/import-run.repository.ts";
import type { Page, Paged } from "../../repositories/pagination.ts";

export async function listRuns(
  ctx: AppContext,
  actor: Actor,
  bodyId: string | undefined,
  page: Page,
): Promise<Paged<ImportRunRow>> {
  if (bodyId) {
    authorize(actor, "item.read", bodyId);
    return listImportRuns(ctx.database.db, [bodyId], page);
  }
  return listImportRuns(ctx.database.db, readableBodies(actor, "item.read"), page);
}

export async function getRun(ctx: AppContext, actor: Actor, id: string): Promise<ImportRunRow> {
  const run = await findImportRun(ctx.database.db, id);
  // Another body's run reads as missing, not forbidden: its existence is not the caller's business.
  if (!run || !canRead(actor, run.bodyId)) throw notFound("import run");
  return run;
}

function canRead(actor: Actor, bodyId: string): boolean {
  const bodies = readableBodies(actor, "item.read");
  return bodies === "all" || bodies.includes(bodyId);
}

/** The run's rejected rows in line order, a page at a time. */
export async function* readRejects(ctx: AppContext, runId: string, pageSize = 1_000): AsyncGenerator<ImportRejectRow> {
  let after = 0;
  for (;;) {
    const page = await listImportRejects(ctx.database.db, runId, after, pageSize);
    if (page.length === 0) return;
    yield* page;
    after = page[page.length - 1]!.line;
  }
}
