/** The signed-in user's display name and body, for the workspace's header. */
import type { Actor, AppContext } from "../../context.ts";
import { findUserByEmail } from "../../repositories/user.repository.ts";
import { findBody } from "../../repositories/body.repository.ts";

export interface Profile {
  displayName: string;
  body: { id: string; name: { kk: string; ru: string; en: string } } | null;
}

export async function readProfile(ctx: AppContext, actor: Actor): Promise<Profile> {
  const db = ctx.database.db;
  // The session's actor carries the e-mail as its label (see services/auth/sessions.ts).
  const [user, body] = await Promise.all([
    findUserByEmail(db, actor.label),
    actor.bodyId ? findBody(db, actor.bodyId) : Promise.resolve(undefined),
  ]);
  return {
    displayName: user?.displayName ?? actor.label,
    body: body ? { id: body.id, name: { kk: body.nameKk, ru: body.nameRu, en: body.nameEn } } : null,
  };
}
