/**
 * Citizens write the texts in our documents, so a spreadsheet must never read one as a formula
 * ("CSV injection"): a text starting with = + - @ or a tab/CR gets a leading apostrophe, the
 * OWASP-recommended neutraliser that spreadsheet programs show as plain text.
 */
import type { Locale } from "../../../i18n/index.ts";
import { formatDate, isDateCell, type Cell } from "../../../domain/reports/document.ts";

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Numbers we computed stay numbers; a day is shown dd.mm.yyyy; every text is neutralised. */
export function safeCell(cell: Cell): string | number | null {
  if (isDateCell(cell)) return formatDate(cell.date);
  return typeof cell === "string" ? neutraliseText(cell) : cell;
}

/** A cell as printed: dd.mm.yyyy for a day; the decimal comma of Kazakh and Russian texts (57,1). */
export function cellText(cell: Cell, locale: Locale = "en"): string {
  if (isDateCell(cell)) return formatDate(cell.date);
  if (typeof cell === "number" && locale !== "en") return String(cell).replace(".", ",");
  return cell === null ? "" : String(cell);
}
