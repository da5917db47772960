/** A refused file or row, in the reader's language. */
import { importMessages, type ImportMessageKey } from "../../../i18n/messages/imports.ts";
import { translate, type Locale } from "../../../i18n/index.ts";

export function describeProblem(locale: Locale, code: string, params: Record<string, string | number> = {}): string {
  return code in importMessages.en ? translate(importMessages, locale, code as ImportMessageKey, params) : code;
}
