/**
 * One entry point per channel: open the file with the right streaming reader and hand back its
 * records already converted (a normalised result or a row problem, each with its position).
 */
import { readSample, UnreadableFileError } from "./shared/encoding.ts";
import { readCsv, type CsvFile } from "./shared/read-csv.ts";
import { readXlsx } from "./shared/read-xlsx.ts";
import { readJsonArray } from "./shared/read-json.ts";
import { resolveColumns, type ColumnSpec } from "./shared/columns.ts";
import type { ConvertResult, ImporterName, NormalisedInitiative, Params, SourceRecord } from "./shared/types.ts";
import { TEMPLATE_COLUMNS, type TemplateKey } from "./template/template-columns.ts";
import { convertTemplateRow } from "./template/convert-template.ts";
import { APPEAL_COLUMNS, convertAppealRow, type AppealKey } from "./appeals/convert-appeals.ts";
import { convertLegalactsComment, convertLegalactsDraft } from "./legalacts/convert-legalacts.ts";
import { convertLegalactsPages, type LegalactsPage } from "./legalacts/convert-legalacts-pages.ts";
import { PageStructureError } from "./legalacts/parse-legalacts-page.ts";
import { readLegalactsPages } from "./legalacts/read-legalacts-pages.ts";
import { convertBudgetComment, convertBudgetDocument } from "./budget/convert-budget.ts";
import { convertBudgetPages } from "./budget/convert-budget-pages.ts";
import { convertDialogPages } from "./dialog/convert-dialog-pages.ts";
import { BUDGET_SNAPSHOT_FORMAT, DIALOG_SNAPSHOT_FORMAT, readPortalPages } from "./shared/read-portal-pages.ts";
import { createTelegramConverter } from "./telegram/convert-telegram.ts";
import { convertFacebookPost } from "./facebook/convert-facebook.ts";
import { convertInstagramMedia } from "./instagram/convert-instagram.ts";
import { convertVkComment } from "./vk/convert-vk.ts";
import { convertYoutubeThread } from "./youtube/convert-youtube.ts";
import { convertDialogEvent } from "./dialog/convert-dialog.ts";

export interface ImportRecord {
  position: number;
  bytes: number;
  raw?: string;
  result: ConvertResult;
}

export interface OpenedImport {
  encoding: string;
  size: number;
  warnings: { code: string; params: Params }[];
  initiatives: NormalisedInitiative[];
  records: AsyncGenerator<ImportRecord>;
}

/**
 * A converter meets whatever a file holds; a record of a shape it did not foresee (a number where
 * an export has a string, an object where it has a list) becomes a problem on that record's line,
 * never an exception that stops the import (found by importers-fuzz.test.ts).
 */
function convertSafely<T>(convert: (value: T) => ConvertResult, value: T): ConvertResult {
  try {
    return convert(value);
  } catch (error) {
    return {
      ok: false,
      problem: { code: "row.unreadable", params: { detail: String((error as Error)?.message ?? error).slice(0, 160) } },
    };
  }
}

async function* mapRecords<T>(
  source: AsyncGenerator<SourceRecord<T>>,
  convert: (value: T) => ConvertResult,
): AsyncGenerator<ImportRecord> {
  for await (const r of source) {
    const result: ConvertResult = r.problem ? { ok: false, problem: r.problem } : convertSafely(convert, r.value as T);
    yield {
      position: r.position,
      bytes: r.bytes,
      raw: r.raw ?? (result.ok ? undefined : JSON.stringify(r.value)?.slice(0, 2000)),
      result,
    };
  }
}

function isXlsx(file: string): boolean {
  const { sample } = readSample(file);
  return sample[0] === 0x50 && sample[1] === 0x4b; // "PK": a zip, i.e. an XLSX workbook
}

async function openTable<K extends string>(
  file: string,
  spec: ColumnSpec<K>[],
  convert: (row: Partial<Record<K, string>>) => ConvertResult,
  saved: Partial<Record<K, string>> = {},
): Promise<OpenedImport> {
  const table: CsvFile = isXlsx(file) ? await readXlsx(file) : await readCsv(file);
  const columns = resolveColumns(table.header, spec, saved);
  if (columns.missing.length)
    throw new UnreadableFileError("file.columns_missing", { columns: columns.missing.join(", ") });
  return {
    encoding: table.encoding,
    size: table.size,
    initiatives: [],
    warnings: columns.unknown.length
      ? [{ code: "warning.unknown_columns", params: { columns: columns.unknown.join(", ") } }]
      : [],
    records: mapRecords(table.records, (row) => convert(columns.pick(row))),
  };
}

async function openJson(
  file: string,
  path: string,
  convert: (header: Record<string, unknown>) => {
    initiatives?: NormalisedInitiative[];
    convert: (value: unknown) => ConvertResult;
  },
): Promise<OpenedImport> {
  const json = await readJsonArray(file, path);
  const made = convert(json.header);
  return {
    encoding: json.encoding,
    size: json.size,
    warnings: [],
    initiatives: made.initiatives ?? [],
    records: mapRecords(json.records, made.convert),
  };
}

/** The real pages of one draft: every comment read and checked before anything is handed on. */
function openLegalactsPages(read: { encoding: string; size: number; pages: LegalactsPage[] }): OpenedImport {
  let draft;
  try {
    draft = convertLegalactsPages(read.pages);
  } catch (error) {
    if (error instanceof PageStructureError)
      throw new UnreadableFileError("legalacts.structure", { element: error.element, page: error.page });
    throw error;
  }
  const { records, initiative, warnings } = draft;
  const size = read.size;
  return {
    encoding: read.encoding,
    size,
    warnings,
    initiatives: [initiative],
    records: (async function* () {
      for (const r of records)
        yield {
          position: r.position,
          bytes: Math.round((size * r.position) / records.length),
          raw: r.raw,
          result: r.result,
        };
    })(),
  };
}

/** budget.egov.kz / dialog.egov.kz pages: read and checked whole, then handed on record by record. */
function openPortalPages(
  read: { encoding: string; size: number; pages: { url?: string | null; html: string }[] },
  structureCode: "budget.structure" | "dialog.structure",
  convert: (pages: { url?: string | null; html: string }[]) => {
    initiatives?: NormalisedInitiative[];
    records: { position: number; raw: string; result: ConvertResult }[];
    warnings: { code: string; params: Params }[];
  },
): OpenedImport {
  let made: ReturnType<typeof convert>;
  try {
    made = convert(read.pages);
  } catch (error) {
    if (error instanceof PageStructureError)
      throw new UnreadableFileError(structureCode, { element: error.element, page: error.page });
    throw error;
  }
  const { records } = made;
  const size = read.size;
  return {
    encoding: read.encoding,
    size,
    warnings: made.warnings,
    initiatives: made.initiatives ?? [],
    records: (async function* () {
      for (const [i, r] of records.entries())
        yield {
          position: r.position,
          bytes: Math.round((size * (i + 1)) / records.length),
          raw: r.raw,
          result: r.result,
        };
    })(),
  };
}

/** The importers whose files are tables: an officer may map their columns (saved per body). */
export const COLUMN_SPECS = { appeals: APPEAL_COLUMNS, template: TEMPLATE_COLUMNS } as const;
export type MappableImporter = keyof typeof COLUMN_SPECS;

export async function openImport(
  importer: ImporterName,
  file: string,
  options: { bodyId: string; columnMap?: Record<string, string> },
): Promise<OpenedImport> {
  switch (importer) {
    case "template":
      return openTable<TemplateKey>(
        file,
        TEMPLATE_COLUMNS,
        (row) => convertTemplateRow(row, options.bodyId),
        options.columnMap,
      );
    case "appeals":
      return openTable<AppealKey>(file, APPEAL_COLUMNS, convertAppealRow, options.columnMap);
    case "legalacts": {
      const read = readLegalactsPages(file);
      if (read) return openLegalactsPages(read);
      return openJson(file, "comments", (header) => {
        const draft = convertLegalactsDraft(header);
        if (!draft) throw new UnreadableFileError("file.no_card", { key: "draft" });
        return { initiatives: [draft], convert: (c) => convertLegalactsComment(draft.sourceRef, c) };
      });
    }
    case "budget": {
      const pages = readPortalPages(file, BUDGET_SNAPSHOT_FORMAT);
      if (pages) return openPortalPages(pages, "budget.structure", convertBudgetPages);
      return openJson(file, "comments", (header) => {
        const document = convertBudgetDocument(header);
        if (!document) throw new UnreadableFileError("file.no_card", { key: "document" });
        return { initiatives: [document], convert: (c) => convertBudgetComment(document.sourceRef, c) };
      });
    }
    case "telegram":
      return openJson(file, "messages", (header) => ({ convert: createTelegramConverter(header) }));
    case "facebook":
      return openJson(file, "data", () => ({ convert: convertFacebookPost }));
    case "instagram":
      return openJson(file, "data", () => ({ convert: convertInstagramMedia }));
    case "vk":
      return openJson(file, "response.items", () => ({ convert: convertVkComment }));
    case "youtube":
      return openJson(file, "items", () => ({ convert: convertYoutubeThread }));
    case "dialog": {
      const pages = readPortalPages(file, DIALOG_SNAPSHOT_FORMAT);
      if (pages) return openPortalPages(pages, "dialog.structure", convertDialogPages);
      return openJson(file, "events", () => ({ convert: convertDialogEvent }));
    }
  }
}
