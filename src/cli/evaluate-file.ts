/**
 * The DB-less half of `pikir evaluate --input FILE [--format json|table|csv] [--lang kk|ru|en]`:
 * text in, text out, so it is tested without a process or a file. The caller reads the file,
 * prints stdout/stderr and exits with exitCode (0 = evaluated, 2 = input rejected).
 */
import Table from "cli-table3";
import { translate, type Locale } from "../i18n/index.ts";
import { evaluationMessages, type EvaluationMessageKey } from "../i18n/messages/evaluation.ts";
import {
  evaluateSubmissions,
  formatSubmissionError,
  localizeExplanation,
  type BodyResult,
  type EvaluationOutcome,
  type SubmissionError,
} from "../domain/evaluation/index.ts";

export const OUTPUT_FORMATS = ["json", "table", "csv"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface EvaluateFileOptions {
  format: OutputFormat;
  locale: Locale;
}

export interface EvaluateFileResult {
  exitCode: 0 | 2;
  stdout: string;
  stderr: string;
}

export function evaluateFile(jsonText: string, opts: EvaluateFileOptions): EvaluateFileResult {
  let raw: unknown;
  try {
    raw = JSON.parse(jsonText);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return reject([{ field: "", code: "notJson", params: { detail } }], opts.locale);
  }
  const outcome = evaluateSubmissions(raw);
  if (!outcome.ok) return reject(outcome.errors, opts.locale);
  const render = { json: renderJson, table: renderTable, csv: renderCsv }[opts.format];
  return { exitCode: 0, stdout: render(outcome.value, opts.locale), stderr: "" };
}

function reject(errors: SubmissionError[], locale: Locale): EvaluateFileResult {
  const lines = [
    translate(evaluationMessages, locale, "cli.rejected", { count: errors.length }),
    ...errors.map((e) => `  - ${formatSubmissionError(e, locale)}`),
  ];
  return { exitCode: 2, stdout: "", stderr: `${lines.join("\n")}\n` };
}

const t = (locale: Locale, key: EvaluationMessageKey, params?: Record<string, string | number>) =>
  translate(evaluationMessages, locale, key, params);

/** The contract fields come first, in the documented order; the rest is for readers and audits. */
function renderJson(outcome: EvaluationOutcome, locale: Locale): string {
  const results = outcome.results.map((r) => ({
    id: r.id,
    F: r.F,
    band: r.band,
    zeroed: r.zeroed,
    B: r.B,
    C: r.C,
    E: r.E,
    G: r.G,
    nothingReceived: r.nothingReceived,
    status: r.status,
    name: r.name,
    bandName: t(locale, `band.${r.band}`),
    zeroReasons: r.zeroReasons,
    exact: r.exact,
    ratios: r.ratios,
    rulesVersion: r.rulesVersion,
    explanation: localizeExplanation(r.explanation, locale),
    ...(r.countedItems ? { countedItems: r.countedItems } : {}),
  }));
  return `${JSON.stringify({ results }, null, 2)}\n`;
}

/** One decimal always ("100.0", "0.0"), so columns line up and no reader mistakes 70 for 7.0. */
function formatF(F: number): string {
  return F.toFixed(1);
}

interface Column {
  key: EvaluationMessageKey;
  cell: (r: BodyResult, locale: Locale) => string;
  /** Text cells come from the submitting body and may carry spreadsheet formulas. */
  text?: boolean;
}

const zeroReasonsText = (r: BodyResult, locale: Locale) => r.zeroReasons.map((z) => t(locale, `zero.${z}`)).join("; ");

const CSV_COLUMNS: Column[] = [
  { key: "column.id", cell: (r) => r.id, text: true },
  { key: "column.name", cell: (r) => r.name, text: true },
  { key: "column.F", cell: (r) => formatF(r.F) },
  { key: "column.band", cell: (r) => r.band },
  { key: "column.bandName", cell: (r, l) => t(l, `band.${r.band}`) },
  { key: "column.zeroed", cell: (r, l) => t(l, r.zeroed ? "value.yes" : "value.no") },
  { key: "column.zeroReasons", cell: zeroReasonsText },
  { key: "column.B", cell: (r) => String(r.B) },
  { key: "column.C", cell: (r) => String(r.C) },
  { key: "column.E", cell: (r) => String(r.E) },
  { key: "column.G", cell: (r) => String(r.G) },
  { key: "column.rulesVersion", cell: (r) => r.rulesVersion },
  { key: "column.status", cell: (r, l) => t(l, `status.${r.status}`) },
];

// The table names the rules version once in its title and the zero reasons below it, to stay narrow.
const TABLE_COLUMNS = CSV_COLUMNS.filter(
  (c) => !["column.band", "column.zeroReasons", "column.rulesVersion", "column.status"].includes(c.key),
);

function renderTable(outcome: EvaluationOutcome, locale: Locale): string {
  // No colours: the output goes to files and pipes as often as to terminals.
  const table = new Table({
    head: TABLE_COLUMNS.map((c) => t(locale, c.key)),
    style: { head: [], border: [] },
  });
  for (const r of outcome.results) table.push(TABLE_COLUMNS.map((c) => c.cell(r, locale)));
  const { from, to } = outcome.period;
  const title = t(locale, "cli.period", { from, to, version: outcome.rules.version });
  const notes = [
    // The §22 default is printed but must not be read as a "high" body.
    ...outcome.results.filter((r) => r.nothingReceived).map((r) => `${r.id}: ${t(locale, "status.nothing_received")}`),
    ...outcome.results.filter((r) => r.zeroed).map((r) => `${r.id}: ${zeroReasonsText(r, locale)}`),
  ];
  return `${[title, table.toString(), ...notes].join("\n")}\n`;
}

/**
 * OWASP's CSV-injection guard: a cell a spreadsheet would read as a formula gets a leading
 * apostrophe. Applied to text cells only — our numbers are never negative, and quoting them
 * would turn them into text in the spreadsheet.
 */
export function guardFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** RFC 4180: quote fields holding a comma, quote or line break; double inner quotes. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function renderCsv(outcome: EvaluationOutcome, locale: Locale): string {
  const rows = [CSV_COLUMNS.map((c) => t(locale, c.key))];
  for (const r of outcome.results) {
    rows.push(CSV_COLUMNS.map((c) => (c.text ? guardFormula(c.cell(r, locale)) : c.cell(r, locale))));
  }
  return rows.map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}
