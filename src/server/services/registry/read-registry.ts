/** The registry of state bodies as it stood on a date, and one body's dated changes (administrators only). */
import type { Actor, AppContext } from "../../context.ts";
import { authorize } from "../../policies/policy.ts";
import { listBodyVersions, registryAsOf, type RegistryEntry } from "../../repositories/registry.repository.ts";
import { kazakhstanToday } from "../period.ts";

export function readRegistry(ctx: AppContext, actor: Actor, asOf = kazakhstanToday()): Promise<RegistryEntry[]> {
  authorize(actor, "registry.manage");
  return registryAsOf(ctx.database.db, asOf);
}

export function readBodyVersions(ctx: AppContext, actor: Actor, bodyId: string) {
  authorize(actor, "registry.manage");
  return listBodyVersions(ctx.database.db, bodyId);
}
