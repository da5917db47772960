/** A refused file or row, in the reader's language. */
import { importMessages, type ImportMessageKey } from "../../../i18n/messages/imports.ts";
import { portalImportMessages, type PortalImportMessageKey } from "../../../i18n/messages/imports-portals.ts";
import { budgetDialogMessages, type BudgetDialogMessageKey } from "../../../i18n/messages/imports-budget-dialog.ts";
import { translate, type Locale } from "../../../i18n/index.ts";

export function describeProblem(locale: Locale, code: string, params: Record<string, string | number> = {}): string {
  if (code in importMessages.en) return translate(importMessages, locale, code as ImportMessageKey, params);
  if (code in portalImportMessages.en)
    return translate(portalImportMessages, locale, code as PortalImportMessageKey, params);
  if (code in budgetDialogMessages.en)
    return translate(budgetDialogMessages, locale, code as BudgetDialogMessageKey, params);
  return code;
}
