/**
 * The "analysis.label" job's name and data, apart from the labeller itself so that services which
 * only enqueue (imports) do not load the models.
 */
import type { AppContext } from "../../context.ts";

export const LABEL_JOB = "analysis.label";

export interface LabelJobData {
  bodyId?: string;
  from?: string;
  to?: string;
}

/**
 * After an import added or changed items: label the body's unlabelled quarters in the background,
 * so the inbox's sentiment and topic filters cover new items without waiting for the night. Only
 * where a queue runs (an import from the CLI leaves it to the nightly pass); never fails the import.
 */
export async function requestLabelAfterImport(ctx: AppContext, bodyId: string): Promise<string | null> {
  if (!ctx.jobs) return null;
  try {
    return await ctx.jobs.send(LABEL_JOB, { bodyId } satisfies LabelJobData, {
      singletonKey: `${bodyId}:after-import`,
    });
  } catch (error) {
    ctx.log.warn(
      { err: error, bodyId },
      "could not queue labelling after an import; the nightly pass will label the items",
    );
    return null;
  }
}
