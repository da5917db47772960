/**
 * One entry for the HTTP API, the CLI and scheduled jobs: which document, for whom, in which
 * language and format → the file's bytes, content type and name.
 */
import type { Locale } from "../../../i18n/index.ts";
import type { ReportDocument, ReportKind } from "../../../domain/reports/document.ts";
import { withLetter } from "../../../domain/reports/letter.ts";
import { findBodyOfficial } from "../../repositories/account.repository.ts";
import { findBody } from "../../repositories/body.repository.ts";
import { findInitiative } from "../../repositories/initiative.repository.ts";
import { findUserByEmail, findUserById } from "../../repositories/user.repository.ts";
import type { Actor, AppContext } from "../../context.ts";
import { AppError } from "../../errors.ts";
import { renderReport, type RenderedReport, type ReportFormat } from "../../reports/render/render-report.ts";
import { buildCouncilReport } from "./build-council-report.ts";
import { buildDiscussionReport } from "./build-discussion-report.ts";
import { buildEvaluationReport } from "./build-evaluation-report.ts";
import { buildQuarterlyReport } from "./build-quarterly-report.ts";
import { buildResultsReport } from "./build-results-report.ts";
import { buildSubmissionReport } from "./build-submission-report.ts";
import { buildTopicsReport } from "./build-topics-report.ts";
import { kazakhstanToday } from "./report-scope.ts";

export interface ReportRequest {
  kind: ReportKind;
  /** discussion: the initiative; evaluation: the round; the others: the body. */
  subjectId: string;
  /** Body reports: "2025", "2025-H1", "2025-Q1". */
  period?: string;
  locale: Locale;
  format: ReportFormat;
  today?: string;
}

async function buildReport(
  ctx: AppContext,
  actor: Actor,
  request: Omit<ReportRequest, "format">,
): Promise<ReportDocument> {
  const doc = await buildContent(ctx, actor, request);
  return withLetter(doc, await letterParties(ctx, actor, request));
}

/**
 * Who sends the document and who prepared it. The builders above have already checked that the
 * actor may read the subject, so these look-ups only fetch names and requisites. The executor is
 * the user who asked for the document; the signature is the designated first head's (§15), and
 * left blank while none is designated.
 */
async function letterParties(ctx: AppContext, actor: Actor, request: Omit<ReportRequest, "format">) {
  const db = ctx.database.db;
  const bodyId =
    request.kind === "evaluation"
      ? null
      : request.kind === "discussion"
        ? ((await findInitiative(db, request.subjectId))?.bodyId ?? null)
        : request.subjectId;
  const body = bodyId ? await findBody(db, bodyId) : undefined;
  const user = actor.userId ? await findUserByEmail(db, actor.label) : undefined;
  const headId = bodyId ? (await findBodyOfficial(db, bodyId, "first_head"))?.userId : undefined;
  const head = headId ? await findUserById(db, headId) : undefined;
  // The address in the letter's language; an English letter, like a Russian one, uses the Russian.
  const address = body
    ? request.locale === "kk"
      ? (body.addressKk ?? body.addressRu)
      : (body.addressRu ?? body.addressKk)
    : null;
  const position = body
    ? request.locale === "kk"
      ? body.headPositionKk
      : request.locale === "ru"
        ? body.headPositionRu
        : body.headPositionEn
    : null;
  return {
    body: body
      ? {
          nameKk: body.nameKk,
          nameRu: body.nameRu,
          nameEn: body.nameEn,
          website: body.website,
          address,
          phone: body.phone,
          email: body.email,
          bin: body.bin,
        }
      : null,
    // The signing head's position in the letter's language, as the registry holds it (0024).
    ...(head?.active || position ? { head: { name: head?.active ? head.displayName : null, position } } : {}),
    // A document made by the system (the CLI, a job) leaves the executor's name to fill in.
    executor: {
      name: user?.displayName ?? (actor.userId ? actor.label : "______________________"),
      phone: user?.phone ?? null,
      email: user?.email ?? null,
    },
  };
}

async function buildContent(
  ctx: AppContext,
  actor: Actor,
  request: Omit<ReportRequest, "format">,
): Promise<ReportDocument> {
  const today = request.today ?? kazakhstanToday();
  const { subjectId: id, locale } = request;
  const period = () => {
    if (!request.period)
      throw new AppError("validation_failed", { details: "a period is required: 2025, 2025-H1 or 2025-Q1" });
    return request.period;
  };
  switch (request.kind) {
    case "discussion":
      return buildDiscussionReport(ctx, actor, id, locale, today);
    case "evaluation":
      return buildEvaluationReport(ctx, actor, id, locale, today);
    case "submission":
      return buildSubmissionReport(ctx, actor, id, period(), locale, today);
    case "results":
      return buildResultsReport(ctx, actor, id, period(), locale, today);
    case "quarterly":
      return buildQuarterlyReport(ctx, actor, id, period(), locale, today);
    case "topics":
      return buildTopicsReport(ctx, actor, id, period(), locale, today);
    case "council":
      return buildCouncilReport(ctx, actor, id, period(), locale, today);
  }
}

export async function produceReport(ctx: AppContext, actor: Actor, request: ReportRequest): Promise<RenderedReport> {
  return renderReport(await buildReport(ctx, actor, request), request.format);
}
