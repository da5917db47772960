/**
 * The officer's edit of the quarter's drafts (§17 topics, §14 recommendations) saved on the server per
 * document language (issue 16), so that another session, another officer and the §15 submission form
 * see the same text. Blank lines are dropped.
 */
import type { Actor, AppContext } from "../../context.ts";
import { notFound } from "../../errors.ts";
import { authorize } from "../../policies/policy.ts";
import { findBody } from "../../repositories/body.repository.ts";
import { saveDraft, type DraftRow } from "../../repositories/analysis-topics.repository.ts";
import { formatQuarter, type Quarter } from "./quarters.ts";

export interface SaveDraftsInput {
  bodyId: string;
  quarter: Quarter;
  lang: "kk" | "ru" | "en";
  topics: string[];
  recommendations: string[];
}

export async function saveAnalysisDrafts(ctx: AppContext, actor: Actor, input: SaveDraftsInput): Promise<DraftRow> {
  if (!(await findBody(ctx.database.db, input.bodyId))) throw notFound("state body");
  authorize(actor, "analysis.correct", input.bodyId);
  const clean = (xs: string[]) => xs.map((x) => x.trim()).filter(Boolean);
  return saveDraft(ctx.database.db, {
    bodyId: input.bodyId,
    quarter: formatQuarter(input.quarter),
    lang: input.lang,
    topics: clean(input.topics),
    recommendations: clean(input.recommendations),
    updatedBy: actor.userId,
  });
}
