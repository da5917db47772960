/**
 * Every write that names an initiative (an item, a piece of evidence) must name one of the writer's
 * own body. The policy authorises the body the caller writes for; this checks the initiative the
 * caller points at, which would otherwise carry the write into another body's public report (W1, W25).
 * A foreign initiative is answered as "not found", like one that does not exist, so the check is no
 * oracle for other bodies' ids.
 */
import type { Executor } from "../../context.ts";
import { notFound } from "../../errors.ts";
import { findInitiativeBodies } from "../../repositories/initiative.repository.ts";

export async function assertInitiativesOfBody(
  db: Executor,
  refs: readonly { bodyId: string; initiativeId?: string | null }[],
): Promise<void> {
  const named = refs.filter((r): r is { bodyId: string; initiativeId: string } => !!r.initiativeId);
  if (named.length === 0) return;
  const owners = await findInitiativeBodies(db, [...new Set(named.map((r) => r.initiativeId))]);
  for (const r of named) if (owners.get(r.initiativeId) !== r.bodyId) throw notFound("initiative");
}
