/**
 * `pikir import <channel> FILE [--body CODE_OR_ID] [--dry-run]`: imports a channel's export through
 * the one persisting path (services/imports). Prints read/added/updated/unchanged/rejected; exits 0
 * when no row was rejected, 1 when some were (the good rows are kept), 2 when the file could not be
 * read at all. A progress bar with rate and ETA goes to stderr.
 */
import type { Command } from "commander";
import cliProgress from "cli-progress";
import { isLocale, type Locale } from "../../i18n/index.ts";
import { IMPORTERS, type ImporterName } from "../../server/importers/shared/types.ts";
import { loadConfig } from "../../server/config.ts";
import { createLogger } from "../../server/logger.ts";

interface ImportCliOptions {
  body?: string;
  dryRun?: boolean;
  lang: string;
  batchSize: string;
}

export function registerImport(program: Command): void {
  program
    .command("import")
    .description(`import feedback from a channel's export file: ${IMPORTERS.join(", ")}`)
    .argument("<channel>", IMPORTERS.join("|"))
    .argument(
      "<file>",
      "the export file (CSV, XLSX or JSON, as the channel writes it); for legalacts, budget and dialog also a saved page (HTML) or its address: https://legalacts.egov.kz/npa/view?id=N, https://budget.egov.kz/budgetprogram/budgetprogram?govAgencyId=G&budgetId=B, https://dialog.egov.kz/conferences/N | /surveys/N | /blogs/N/questions",
    )
    .option("--body <codeOrId>", "the state body the feedback belongs to (its code or id)")
    .option("--dry-run", "read, check and count everything, write nothing")
    .option("--lang <lang>", "language of messages: kk, ru, en", "kk")
    .option("--batch-size <n>", "records per transaction", "2000")
    .action(async (channel: string, file: string, opts: ImportCliOptions) => {
      process.exitCode = await runImport(channel, file, opts);
    });
}

/** Fetches a portal's pages into a snapshot file; the line says what was read. */
async function fetchPortal(
  channel: "legalacts" | "budget" | "dialog",
  address: string,
  snapshot: string,
): Promise<string> {
  if (channel === "budget") {
    const { fetchBudgetProgram } = await import("../../server/importers/budget/fetch-budget.ts");
    const f = await fetchBudgetProgram(address, snapshot);
    return `budget.egov.kz: ${f.pages} pages, ${f.comments} comments, ${f.requests} requests`;
  }
  if (channel === "dialog") {
    const { fetchDialogPages } = await import("../../server/importers/dialog/fetch-dialog.ts");
    const f = await fetchDialogPages(address, snapshot);
    return `dialog.egov.kz: ${f.pages} pages, ${f.questions} questions, ${f.requests} requests`;
  }
  const { fetchLegalactsDraft } = await import("../../server/importers/legalacts/fetch-legalacts.ts");
  const f = await fetchLegalactsDraft(address, snapshot);
  return `legalacts.egov.kz: ${f.pages} pages, ${f.comments} comments, ${f.requests} requests`;
}

function fail(message: string): number {
  process.stderr.write(`${message}\n`);
  return 2;
}

async function runImport(channel: string, file: string, opts: ImportCliOptions): Promise<number> {
  if (!(IMPORTERS as readonly string[]).includes(channel))
    return fail(`unknown channel "${channel}"; use one of ${IMPORTERS.join(", ")}`);
  const locale: Locale = isLocale(opts.lang) ? opts.lang : "kk";
  const batchSize = Number(opts.batchSize);
  if (!Number.isInteger(batchSize) || batchSize < 1) return fail("--batch-size must be a positive integer");
  if (!opts.body) return fail("--body CODE_OR_ID is required: the state body the feedback belongs to");
  const { openAppContext } = await import("../../server/bootstrap.ts");
  const { findBody, findBodyByCode } = await import("../../server/repositories/body.repository.ts");
  const { importFile } = await import("../../server/services/imports/import-file.ts");
  const { UnreadableFileError } = await import("../../server/importers/shared/encoding.ts");
  const { describeProblem } = await import("../../server/services/imports/describe-problem.ts");
  const { translate } = await import("../../i18n/index.ts");
  const { importMessages } = await import("../../i18n/messages/imports.ts");
  const { SYSTEM_ACTOR } = await import("../../server/context.ts");

  const ctx = await openAppContext(loadConfig().database, createLogger("warn"));
  const bar = new cliProgress.SingleBar(
    {
      format: `${channel} [{bar}] {percentage}% · {rows} rows · {rate} rows/s · ETA {eta_formatted}`,
      stream: process.stderr,
      hideCursor: true,
      etaBuffer: 20,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = 0;
  try {
    const body = /^[0-9a-f-]{36}$/i.test(opts.body)
      ? await findBody(ctx.database.db, opts.body)
      : await findBodyByCode(ctx.database.db, opts.body);
    if (!body) return fail(`no state body "${opts.body}"`);
    if (["legalacts", "budget", "dialog"].includes(channel) && /^(https?:\/\/|\d+$)/.test(file)) {
      // The portal's address: every page needed is fetched politely into one snapshot file first.
      const { FetchFailedError } = await import("../../server/importers/shared/polite-fetch.ts");
      const { PageStructureError } = await import("../../server/importers/legalacts/parse-legalacts-page.ts");
      const { mkdtempSync } = await import("node:fs");
      const { tmpdir } = await import("node:os");
      const path = await import("node:path");
      const snapshot = path.join(mkdtempSync(path.join(tmpdir(), `pikir-${channel}-`)), "snapshot.json");
      try {
        const line = await fetchPortal(channel as "legalacts" | "budget" | "dialog", file, snapshot);
        process.stderr.write(`${line} → ${snapshot}\n`);
      } catch (error) {
        if (error instanceof FetchFailedError)
          return fail(describeProblem(locale, "fetch.failed", { host: error.host, detail: error.detail }));
        if (error instanceof PageStructureError)
          return fail(describeProblem(locale, `${channel}.structure`, { element: error.element, page: error.page }));
        throw error;
      }
      file = snapshot;
    }
    const summary = await importFile(
      ctx,
      { ...SYSTEM_ACTOR, label: "cli" },
      {
        importer: channel as ImporterName,
        file,
        bodyId: body.id,
        dryRun: opts.dryRun,
        batchSize,
        onProgress: ({ rowsRead, bytesDone, bytesTotal }) => {
          if (!started) {
            started = Date.now();
            bar.start(bytesTotal, 0, { rows: 0, rate: "0" });
          }
          const seconds = (Date.now() - started) / 1000;
          bar.update(bytesDone, {
            rows: rowsRead,
            rate: seconds > 0 ? Math.round(rowsRead / seconds).toString() : "0",
          });
        },
      },
    );
    if (started) bar.stop();
    for (const w of summary.warnings) process.stderr.write(`${describeProblem(locale, w.code, w.params)}\n`);
    for (const r of summary.rejects.slice(0, 20))
      process.stderr.write(`line ${r.line}: ${describeProblem(locale, r.code, r.params)}\n`);
    if (summary.rejected > 20)
      process.stderr.write(
        `… ${summary.rejected - 20} more${summary.runId ? ` (the full report is kept with import run ${summary.runId})` : ""}\n`,
      );
    const line = translate(importMessages, locale, "summary", {
      read: summary.read,
      added: summary.added,
      updated: summary.updated,
      unchanged: summary.unchanged,
      rejected: summary.rejected,
    });
    process.stdout.write(`${opts.dryRun ? "[dry run] " : ""}${line}${summary.resumed ? " (resumed)" : ""}\n`);
    process.stdout.write(
      JSON.stringify({
        runId: summary.runId,
        encoding: summary.encoding,
        read: summary.read,
        added: summary.added,
        updated: summary.updated,
        unchanged: summary.unchanged,
        rejected: summary.rejected,
      }) + "\n",
    );
    return summary.rejected > 0 ? 1 : 0;
  } catch (error) {
    if (started) bar.stop();
    if (error instanceof UnreadableFileError) return fail(describeProblem(locale, error.code, error.params));
    throw error;
  } finally {
    await ctx.database.close();
  }
}
