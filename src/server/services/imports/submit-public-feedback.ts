/**
 * The public feedback form (issue 3 §6): anyone may write to a state body, anonymously or with
 * contact details. It goes through the import path's batch writer, so its contact details land in
 * feedback_personal_data (not in the text) and a retried submission with the same key adds nothing.
 */
import { createHash, randomUUID } from "node:crypto";
import type { AppContext } from "../../context.ts";
import { SYSTEM_ACTOR } from "../../context.ts";
import { AppError, notFound } from "../../errors.ts";
import { findBody } from "../../repositories/body.repository.ts";
import { findInitiative } from "../../repositories/initiative.repository.ts";
import { findItemsByRefs } from "../../repositories/import-items.repository.ts";
import { maskPersonalData } from "../../importers/appeals/convert-appeals.ts";
import { writeBatch } from "./write-batch.ts";

const PUBLIC_FORM_SOURCE = "public_form";

export interface PublicFeedbackInput {
  bodyId: string;
  initiativeId?: string | null;
  kind: "comment" | "proposal" | "remark";
  text: string;
  /** Makes a retried submission safe: the same key never adds a second item. */
  idempotencyKey?: string;
  author?: { name?: string | null; email?: string | null; phone?: string | null } | null;
}

export async function submitPublicFeedback(
  ctx: AppContext,
  input: PublicFeedbackInput,
): Promise<{ id: number; created: boolean; anonymous: boolean }> {
  const body = await findBody(ctx.database.db, input.bodyId);
  if (!body || !body.inScope) throw notFound("state body");
  if (input.initiativeId) {
    const initiative = await findInitiative(ctx.database.db, input.initiativeId);
    if (!initiative || initiative.bodyId !== body.id) throw notFound("initiative");
  }
  const text = maskPersonalData(input.text.trim());
  if (!text) throw new AppError("validation_failed", { details: "text" });
  const author = input.author && Object.values(input.author).some((v) => v && String(v).trim()) ? input.author : null;
  // The key makes a retry safe; it must not let anyone rewrite what was sent (W5). So it is bound to
  // the submission's content: the same key with the same content is the same item (a retry, nothing
  // written again); the same key with other content is another item, never an update of the first.
  const ref = input.idempotencyKey?.trim()
    ? `${input.idempotencyKey.trim()}#${submissionDigest(input, text, author)}`
    : randomUUID();
  const sourceRef = `${body.id}/${ref}`;
  const existing = (await findItemsByRefs(ctx.database.db, body.id, [{ source: PUBLIC_FORM_SOURCE, sourceRef }])).get(
    `${PUBLIC_FORM_SOURCE}\n${sourceRef}`,
  );
  if (existing) return { id: existing.id, created: false, anonymous: !author };
  const actor = { ...SYSTEM_ACTOR, label: "public form" };
  const { progress } = await writeBatch(
    {
      ctx,
      actor,
      bodyId: body.id,
      runId: null,
      dryRun: false,
      authorKey: process.env.PIKIR_AUTHOR_KEY || "pikir-author-pseudonym-v1",
      initiatives: new Map(input.initiativeId ? [[input.initiativeId, input.initiativeId]] : []),
      accounts: new Map(),
    },
    [
      {
        position: 1,
        bytes: 0,
        result: {
          ok: true,
          value: {
            items: [
              {
                source: PUBLIC_FORM_SOURCE,
                sourceRef,
                channel: "own_form",
                kind: input.kind,
                text,
                receivedAt: new Date(),
                author: author?.email ?? author?.phone ?? author?.name ?? null,
                initiativeRef: input.initiativeId ?? null,
                metadata: { form: "public", anonymous: !author },
                personal: author
                  ? { fullName: author.name ?? null, email: author.email ?? null, phone: author.phone ?? null }
                  : null,
              },
            ],
          },
        },
      },
    ],
  );
  const found = await findItemsByRefs(ctx.database.db, body.id, [{ source: PUBLIC_FORM_SOURCE, sourceRef }]);
  const item = found.get(`${PUBLIC_FORM_SOURCE}\n${sourceRef}`);
  if (!item) throw new AppError("conflict");
  return { id: item.id, created: progress.added === 1, anonymous: !author };
}

function submissionDigest(input: PublicFeedbackInput, text: string, author: PublicFeedbackInput["author"]): string {
  const content = JSON.stringify([
    input.initiativeId ?? null,
    input.kind,
    text,
    author?.name ?? null,
    author?.email ?? null,
    author?.phone ?? null,
  ]);
  return createHash("sha256").update(content).digest("base64url").slice(0, 22);
}
