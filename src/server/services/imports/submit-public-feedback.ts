/**
 * The public feedback form (issue 3 §6): anyone may write to a state body, anonymously or with
 * contact details. It goes through the import path's batch writer, so its contact details land in
 * feedback_personal_data (not in the text) and a retried submission with the same key adds nothing.
 */
import { randomUUID } from "node:crypto";
import type { AppContext } from "../../context.ts";
import { SYSTEM_ACTOR } from "../../context.ts";
import { AppError, notFound } from "../../errors.ts";
import { findBody } from "../../repositories/body.repository.ts";
import { findInitiative } from "../../repositories/initiative.repository.ts";
import { findItemsByRefs } from "../../repositories/import-items.repository.ts";
import { maskPersonalData } from "../../importers/appeals/convert-appeals.ts";
import { writeBatch } from "./write-batch.ts";

export const PUBLIC_FORM_SOURCE = "public_form";

export interface PublicFeedbackInput {
  bodyId: string;
  initiativeId?: string | null;
  kind: "comment" | "proposal" | "remark";
  text: string;
  /** Makes a retried submission safe: the same key never adds a second item. */
  idempotencyKey?: string;
  author?: { name?: string | null; email?: string | null; phone?: string | null } | null;
}

export async function submitPublicFeedback(ctx: AppContext, input: PublicFeedbackInput): Promise<{ id: number; created: boolean; anonymous: boolean }> {
  const body = await findBody(ctx.database.db, input.bodyId);
  if (!body || !body.inScope) throw notFound("state body");
  if (input.initiativeId) {
    const initiative = await findInitiative(ctx.database.db, input.initiativeId);
    if (!initiative || initiative.bodyId !== body.id) throw notFound("initiative");
  }
  const text = maskPersonalData(input.text.trim());
  if (!text) throw new AppError("validation_failed", { details: "text" });
  const ref = input.idempotencyKey?.trim() || randomUUID();
  const author = input.author && Object.values(input.author).some((v) => v && String(v).trim()) ? input.author : null;
  const actor = { ...SYSTEM_ACTOR, label: "public form" };
  const { progress } = await writeBatch({
    ctx, actor, bodyId: body.id, runId: null, dryRun: false, authorKey: process.env.PIKIR_AUTHOR_KEY || "pikir-author-pseudonym-v1",
    initiatives: new Map(input.initiativeId ? [[input.initiativeId, input.initiativeId]] : []), accounts: new Map(),
  }, [{
    position: 1, bytes: 0, result: { ok: true, value: { items: [{
      source: PUBLIC_FORM_SOURCE, sourceRef: `${body.id}/${ref}`, channel: "own_form", kind: input.kind, text, receivedAt: new Date(),
      author: author?.email ?? author?.phone ?? author?.name ?? null, initiativeRef: input.initiativeId ?? null,
      metadata: { form: "public", anonymous: !author },
      personal: author ? { fullName: author.name ?? null, email: author.email ?? null, phone: author.phone ?? null } : null,
    }] } },
  }]);
  const found = await findItemsByRefs(ctx.database.db, body.id, [{ source: PUBLIC_FORM_SOURCE, sourceRef: `${body.id}/${ref}` }]);
  const item = found.get(`${PUBLIC_FORM_SOURCE}\n${body.id}/${ref}`);
  if (!item) throw new AppError("conflict");
  return { id: item.id, created: progress.added === 1, anonymous: !author };
}
