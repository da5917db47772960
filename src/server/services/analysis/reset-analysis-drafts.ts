/** Removes the officer's saved edit of a quarter's drafts in one language: the generated drafts show again. */
import type { Actor, AppContext } from "../../context.ts";
import { notFound } from "../../errors.ts";
import { authorize } from "../../policies/policy.ts";
import { findBody } from "../../repositories/body.repository.ts";
import { deleteDraft } from "../../repositories/analysis-topics.repository.ts";
import { formatQuarter, type Quarter } from "./quarters.ts";

export async function resetAnalysisDrafts(
  ctx: AppContext,
  actor: Actor,
  input: { bodyId: string; quarter: Quarter; lang: "kk" | "ru" | "en" },
): Promise<void> {
  if (!(await findBody(ctx.database.db, input.bodyId))) throw notFound("state body");
  authorize(actor, "analysis.correct", input.bodyId);
  await deleteDraft(ctx.database.db, input.bodyId, formatQuarter(input.quarter), input.lang);
}
