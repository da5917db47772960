/**
 * What an item's reader sees of its author's personal data: the masks only, and whether they may
 * ask to reveal the rest. Masks are not logged (they identify nobody); reveals are (reveal-personal-data.ts).
 * The caller has already authorised item.read for this item.
 */
import type { Actor, AppContext } from "../../context.ts";
import { can } from "../../policies/policy.ts";
import { findPersonalData } from "../../repositories/personal-data.repository.ts";
import { maskPersonalData, type PersonalData } from "../../../domain/privacy/mask-personal-data.ts";

export interface PersonalSummary {
  masked: PersonalData;
  revealable: boolean;
}

export async function readPersonalSummary(
  ctx: AppContext,
  actor: Actor,
  item: { id: number; bodyId: string },
): Promise<PersonalSummary | null> {
  const data = await findPersonalData(ctx.database.db, item.id);
  if (!data) return null;
  return { masked: maskPersonalData(data), revealable: can(actor, "personal.read", item.bodyId) };
}
