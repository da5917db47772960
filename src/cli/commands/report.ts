/**
 * `pikir report <kind> …` writes one document to a file, as the system (no user): the same
 * services and renderers as the HTTP API, so a scheduled export and a download are identical.
 *   pikir report submission --body MINFIN --period 2025-Q1 --format docx --lang kk --output info.docx
 *   pikir report discussion --initiative UUID --format pdf
 *   pikir report evaluation --round UUID --format xlsx
 */
import { writeFileSync } from "node:fs";
import type { Command } from "commander";
import { isLocale } from "../../i18n/index.ts";
import { REPORT_KINDS, type ReportKind } from "../../domain/reports/document.ts";
import { loadConfig } from "../../server/config.ts";
import { createLogger } from "../../server/logger.ts";

const FORMATS = ["docx", "xlsx", "pdf", "csv"] as const;

interface ReportOptions {
  body?: string;
  initiative?: string;
  round?: string;
  period?: string;
  format: string;
  lang: string;
  output?: string;
}

function fail(message: string): void {
  process.stderr.write(`${message}\n`);
  process.exitCode = 2;
}

export function registerReport(program: Command): void {
  program
    .command("report")
    .description(
      "write a document: discussion (§7, §11), submission (§20), evaluation (§20–§23), results (§16), quarterly (§14), topics (§17), council (§12)",
    )
    .argument("<kind>", REPORT_KINDS.join(" | "))
    .option("--body <code>", "the state body's code (submission, results, quarterly, topics, council)")
    .option("--initiative <id>", "the initiative (discussion)")
    .option("--round <id>", "the evaluation round (evaluation)")
    .option("--period <period>", "2025, 2025-H1 or 2025-Q1 (body documents)")
    .option("--format <format>", FORMATS.join(", "), "docx")
    .option("--lang <lang>", "kk, ru or en", "kk")
    .option("--output <file>", "where to write (default: the document's own file name)")
    .action(async (kind: string, opts: ReportOptions) => {
      if (!(REPORT_KINDS as readonly string[]).includes(kind))
        return fail(`unknown report "${kind}": use ${REPORT_KINDS.join(", ")}`);
      if (!(FORMATS as readonly string[]).includes(opts.format))
        return fail(`--format must be one of ${FORMATS.join(", ")}`);
      if (!isLocale(opts.lang)) return fail("--lang must be kk, ru or en");
      const needs = kind === "discussion" ? "initiative" : kind === "evaluation" ? "round" : "body";
      if (!opts[needs]) return fail(`${kind} needs --${needs}`);
      if (needs === "body" && !opts.period) return fail(`${kind} needs --period (2025, 2025-H1 or 2025-Q1)`);

      const { openAppContext } = await import("../../server/bootstrap.ts");
      const { SYSTEM_ACTOR } = await import("../../server/context.ts");
      const { AppError } = await import("../../server/errors.ts");
      const { findBodyByCode } = await import("../../server/repositories/body.repository.ts");
      const { produceReport } = await import("../../server/services/reports/produce-report.ts");
      const ctx = await openAppContext(loadConfig().database, createLogger("warn"));
      try {
        let subjectId = opts.initiative ?? opts.round ?? "";
        if (needs === "body") {
          const body = await findBodyByCode(ctx.database.db, opts.body!);
          if (!body) return fail(`no state body with code "${opts.body}"`);
          subjectId = body.id;
        }
        const file = await produceReport(ctx, SYSTEM_ACTOR, {
          kind: kind as ReportKind,
          subjectId,
          period: opts.period,
          locale: opts.lang,
          format: opts.format as (typeof FORMATS)[number],
        });
        const output = opts.output ?? file.fileName;
        writeFileSync(output, file.bytes);
        console.log(`${output} (${file.bytes.length} bytes)`);
      } catch (error) {
        if (error instanceof AppError) return fail(error.messageIn(opts.lang));
        throw error;
      } finally {
        await ctx.database.close();
      }
    });
}
