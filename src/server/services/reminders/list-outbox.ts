/** The outbox as the UI shows it (embedded mode has no SMTP): one's own mail; administrators see all. */
import type { Actor, AppContext } from "../../context.ts";
import { AppError } from "../../errors.ts";
import { can } from "../../policies/policy.ts";
import { listOutbox, type OutboxRow } from "../../repositories/outbox.repository.ts";
import type { Page, Paged } from "../../repositories/pagination.ts";

export async function listOutboxFor(
  ctx: AppContext,
  actor: Actor,
  page: Page,
  options: { all?: boolean } = {},
): Promise<Paged<OutboxRow>> {
  if (!actor.userId) throw new AppError("not_authenticated");
  const everyone = (options.all ?? true) && can(actor, "outbox.read_all");
  return listOutbox(ctx.database.db, everyone ? "all" : actor.userId, page);
}
