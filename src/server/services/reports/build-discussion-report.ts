/**
 * §7, §11: the discussion report of one initiative, as a document model. The document is published,
 * so IINs, phones and e-mails in citizens' texts and in the reasons are redacted.
 */
import type { Locale } from "../../../i18n/index.ts";
import { buildDiscussionModel } from "../../../domain/reports/build-discussion-model.ts";
import type { ReportDocument } from "../../../domain/reports/document.ts";
import type { Actor, AppContext } from "../../context.ts";
import { findInitiative } from "../../repositories/initiative.repository.ts";
import { notFound } from "../../errors.ts";
import { readDiscussionReport } from "../initiatives/read-discussion-report.ts";
import { kazakhstanToday, readableBody } from "./report-scope.ts";
import { redactNullable, redactText } from "../../../domain/privacy/redact-text.ts";

export async function buildDiscussionReport(
  ctx: AppContext,
  actor: Actor,
  initiativeId: string,
  locale: Locale,
  today = kazakhstanToday(),
): Promise<ReportDocument> {
  const initiative = await findInitiative(ctx.database.db, initiativeId);
  if (!initiative) throw notFound("initiative");
  const body = await readableBody(ctx, actor, initiative.bodyId);
  const report = await readDiscussionReport(ctx, initiativeId);
  return buildDiscussionModel({
    locale,
    generatedOn: today,
    body,
    initiative,
    items: report.remarks.map((i) => ({
      id: i.id,
      kind: i.kind as "remark" | "proposal",
      receivedAt: i.receivedAt,
      clauseRef: i.clauseRef,
      text: redactText(i.text),
      outcome: i.decision?.outcome ?? null,
      reason: redactNullable(i.decision?.reason ?? null),
      reference: i.decision?.referenceText ?? null,
    })),
    totals: report.totals,
  });
}
