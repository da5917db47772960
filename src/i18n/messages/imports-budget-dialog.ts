/** Messages of the budget.egov.kz and dialog.egov.kz page readers and their monitor (issue 17). */
import { defineMessages } from "../index.ts";

const en = {
  "budget.structure":
    "The page of budget.egov.kz does not have the expected structure: {element} is missing ({page}). Nothing was imported; the portal's page may have changed.",
  "budget.no_discussion":
    "Program {budgetId} has no draft or implementation report under public discussion on the page; nothing to import.",
  "dialog.structure":
    "The page of dialog.egov.kz does not have the expected structure: {element} is missing ({page}). Nothing was imported; the portal's page may have changed.",
  "dialog.partial":
    "The file holds {read} of {total} pages of questions; import the address (pikir import dialog URL) to read every page.",
  "portal.too_large": "The file is too large for a portal page ({size} bytes, at most {max}).",
};

export type BudgetDialogMessageKey = keyof typeof en;

export const budgetDialogMessages = defineMessages<BudgetDialogMessageKey>({
  kk: {
    "budget.structure":
      "budget.egov.kz бетінің құрылымы күтілгендей емес: {element} жоқ ({page}). Ештеңе импортталмады; порталдың беті өзгерген болуы мүмкін.",
    "budget.no_discussion":
      "{budgetId} бағдарламасының бетінде жария талқылаудағы жоба да, іске асыру туралы есеп те жоқ; импорттайтын ештеңе жоқ.",
    "dialog.structure":
      "dialog.egov.kz бетінің құрылымы күтілгендей емес: {element} жоқ ({page}). Ештеңе импортталмады; порталдың беті өзгерген болуы мүмкін.",
    "dialog.partial":
      "Файлда сұрақтардың {total} бетінің {read}-і ғана бар; барлық бетті оқу үшін мекенжайды импорттаңыз (pikir import dialog URL).",
    "portal.too_large": "Файл портал беті үшін тым үлкен ({size} байт, ең көбі {max}).",
  },
  ru: {
    "budget.structure":
      "Страница budget.egov.kz не имеет ожидаемой структуры: нет элемента {element} ({page}). Ничего не импортировано; возможно, страница портала изменилась.",
    "budget.no_discussion":
      "На странице программы {budgetId} нет ни проекта, ни отчёта о реализации на публичном обсуждении; импортировать нечего.",
    "dialog.structure":
      "Страница dialog.egov.kz не имеет ожидаемой структуры: нет элемента {element} ({page}). Ничего не импортировано; возможно, страница портала изменилась.",
    "dialog.partial":
      "В файле {read} из {total} страниц вопросов; импортируйте адрес (pikir import dialog URL), чтобы прочитать все страницы.",
    "portal.too_large": "Файл слишком велик для страницы портала ({size} байт, не более {max}).",
  },
  en,
});
