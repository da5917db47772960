/**
 * `pikir evaluate --input FILE` evaluates §20 submissions from a file, with no database;
 * `pikir evaluate --period 2025` evaluates every in-scope body from what Pikir recorded.
 * Both print through the same renderer, so a file and the database give the same shapes.
 */
import { readFileSync } from "node:fs";
import type { Command } from "commander";
import { isLocale, type Locale } from "../../i18n/index.ts";
import { evaluateFile, OUTPUT_FORMATS, type OutputFormat } from "../evaluate-file.ts";
import { loadConfig } from "../../server/config.ts";
import { createLogger } from "../../server/logger.ts";
import { parsePeriod } from "../../server/services/period.ts";

interface EvaluateOptions {
  input?: string;
  period?: string;
  format: string;
  lang: string;
}

export function registerEvaluate(program: Command): void {
  program
    .command("evaluate")
    .description("compute F (§22–§23): from a §20 submissions file (--input) or from the database (--period)")
    .option(
      "--input <file>",
      "JSON file: {period:{from,to}, bodies:[{id,name,remarks:{received,accepted,rejected},comments:{received,answered},openAccess}]}",
    )
    .option("--period <period>", "2025, 2025-H1 or 2025-Q2: evaluate recorded figures from the database")
    .option("--format <format>", `output: ${OUTPUT_FORMATS.join(", ")}`, "json")
    .option("--lang <lang>", "language of messages and headers: kk, ru, en", "kk")
    .action(async (opts: EvaluateOptions) => {
      const format = opts.format as OutputFormat;
      if (!OUTPUT_FORMATS.includes(format)) return fail(`--format must be one of ${OUTPUT_FORMATS.join(", ")}`);
      if (!isLocale(opts.lang)) return fail("--lang must be kk, ru or en");
      if (Boolean(opts.input) === Boolean(opts.period))
        return fail("give exactly one of --input FILE or --period PERIOD");
      const text = opts.input ? readInput(opts.input) : await recordedSubmissions(opts.period!, opts.lang);
      if (text === null) return;
      const result = evaluateFile(text, { format, locale: opts.lang });
      process.stdout.write(result.stdout);
      process.stderr.write(result.stderr);
      process.exitCode = result.exitCode;
    });
}

function fail(message: string): void {
  process.stderr.write(`${message}\n`);
  process.exitCode = 2;
}

function readInput(file: string): string | null {
  try {
    return readFileSync(file, "utf8").replace(/^\uFEFF/, "");
  } catch (error) {
    fail(`cannot read ${file}: ${(error as Error).message}`);
    return null;
  }
}

/** Pikir's own record, shaped as the §20 submissions the file mode reads. */
async function recordedSubmissions(periodText: string, lang: Locale): Promise<string | null> {
  const period = parsePeriod(periodText);
  if (!period) {
    fail(`--period "${periodText}": use 2025, 2025-H1 or 2025-Q2`);
    return null;
  }
  const { openAppContext } = await import("../../server/bootstrap.ts");
  const { listEvaluatedBodies } = await import("../../server/repositories/body.repository.ts");
  const { computeRecordedIndicators } = await import("../../server/services/indicators/recorded-indicator.ts");
  const ctx = await openAppContext(loadConfig().database, createLogger("warn"));
  try {
    const bodies = await listEvaluatedBodies(ctx.database.db);
    const recorded = await computeRecordedIndicators(
      ctx.database.db,
      period,
      bodies.map((b) => b.id),
    );
    const byId = new Map(bodies.map((b) => [b.id, b]));
    return JSON.stringify({
      period,
      bodies: recorded.map((r) => ({
        id: byId.get(r.bodyId)!.code,
        name: nameIn(byId.get(r.bodyId)!, lang),
        remarks: {
          received: r.figures.remarksReceived,
          accepted: r.figures.acceptedWithReference,
          rejected: r.figures.rejected,
        },
        comments: { received: r.figures.commentsReceived, answered: r.figures.commentsAnswered },
        openAccess: r.openAccess,
      })),
    });
  } finally {
    await ctx.database.close();
  }
}

function nameIn(body: { nameKk: string; nameRu: string; nameEn: string }, locale: Locale): string {
  return { kk: body.nameKk, ru: body.nameRu, en: body.nameEn }[locale];
}
