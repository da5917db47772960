/**
 * eOtinish-like appeal exports (§14) → items of kind "appeal". The applicant's name, IIN, phone,
 * e-mail and address go to `personal` (stored in feedback_personal_data), never into the text or
 * metadata; IINs and phone numbers written inside the text itself are masked.
 */
import { isValidIin } from "../../../domain/privacy/redact-text.ts";
import type { ColumnSpec } from "../shared/columns.ts";
import { parseDate, isoDay } from "../shared/dates.ts";
import { clean } from "../shared/text.ts";
import { ok, refuse, type ConvertResult } from "../shared/types.ts";
import { EMAIL_IN_TEXT } from "../../../domain/privacy/email-in-text.ts";

export type AppealKey =
  | "reg_number"
  | "reg_date"
  | "appeal_type"
  | "region"
  | "category"
  | "text"
  | "status"
  | "answer_date"
  | "full_name"
  | "iin"
  | "phone"
  | "email"
  | "address";

export const APPEAL_COLUMNS: ColumnSpec<AppealKey>[] = [
  {
    key: "reg_number",
    required: true,
    aliases: ["Рег. номер", "Регистрационный номер", "Номер обращения", "Тіркеу нөмірі", "Registration number"],
  },
  {
    key: "reg_date",
    required: true,
    aliases: ["Дата регистрации", "Дата поступления", "Тіркелген күні", "Registration date"],
  },
  { key: "appeal_type", required: true, aliases: ["Вид обращения", "Тип обращения", "Өтініш түрі", "Type"] },
  { key: "region", aliases: ["Регион", "Область", "Өңір", "Region"] },
  { key: "category", aliases: ["Категория", "Тематика", "Санат", "Category"] },
  {
    key: "text",
    required: true,
    aliases: ["Текст обращения", "Содержание", "Краткое содержание", "Өтініш мәтіні", "Мазмұны", "Text"],
  },
  { key: "status", aliases: ["Статус", "Состояние", "Мәртебесі", "Status"] },
  { key: "answer_date", aliases: ["Дата ответа", "Жауап берілген күні", "Answer date"] },
  {
    key: "full_name",
    aliases: ["ФИО заявителя", "ФИО", "Заявитель", "Өтініш берушінің аты-жөні", "Аты-жөні", "Applicant"],
  },
  { key: "iin", aliases: ["ИИН", "ИИН заявителя", "ЖСН", "IIN"] },
  { key: "phone", aliases: ["Телефон", "Контактный телефон", "Phone"] },
  { key: "email", aliases: ["E-mail", "Email", "Электронная почта", "Электрондық пошта"] },
  { key: "address", aliases: ["Адрес", "Адрес заявителя", "Мекенжай", "Address"] },
];

const APPEAL_TYPES = ["application", "inquiry", "complaint", "proposal", "response"] as const;
const TYPE_WORDS: Record<string, (typeof APPEAL_TYPES)[number]> = {
  заявление: "application",
  өтініш: "application",
  application: "application",
  запрос: "inquiry",
  сауал: "inquiry",
  "сұрау салу": "inquiry",
  inquiry: "inquiry",
  жалоба: "complaint",
  шағым: "complaint",
  complaint: "complaint",
  предложение: "proposal",
  ұсыныс: "proposal",
  proposal: "proposal",
  отклик: "response",
  пікір: "response",
  "ден қою": "response",
  response: "response",
};

/**
 * 12-digit IINs (also written 950315.400125, 950315/400125 or in fours, 9503 1540 0125), Kazakh phone
 * numbers with or without +7/8/7 ("77011234567", "701 123 45 67", "+7 701 12 34 567") and e-mail
 * addresses inside free text (W9; the fours and the 2-2-3 grouping were found by the review's
 * redact.mts when it was run again on 03.12.2026).
 */
const IIN_IN_TEXT = /(?<!\d)\d{6}[./]?\d{6}(?!\d)/g;
/** In fours only with a valid check digit: "2024 2025 2026" is years, not an IIN. */
const IIN_IN_FOURS = /(?<!\d)\d{4} \d{4} \d{4}(?!\d)/g;
const PHONE_IN_TEXT =
  /(?:(?:\+7|(?<![\d*])[78])[\s(-]*|(?<![\d*]))\(?7\d{2}[\s)-]*(?:\d{3}[\s-]*\d{2}[\s-]*\d{2}|\d{2}[\s-]*\d{2}[\s-]*\d{3})(?!\d)/g;

export function maskPersonalData(text: string): string {
  return text
    .replace(EMAIL_IN_TEXT, "[e-mail]")
    .replace(IIN_IN_TEXT, "[ЖСН/ИИН]")
    .replace(IIN_IN_FOURS, (m) => (isValidIin(m.replace(/ /g, "")) ? "[ЖСН/ИИН]" : m))
    .replace(PHONE_IN_TEXT, "[тел.]");
}

export function convertAppealRow(row: Partial<Record<AppealKey, string>>): ConvertResult {
  const ref = clean(row.reg_number);
  if (!ref) return refuse("row.missing", { column: "reg_number" });
  const rawText = clean(row.text);
  if (!rawText) return refuse("row.missing", { column: "text" });
  if (!row.reg_date) return refuse("row.missing", { column: "reg_date" });
  const receivedAt = parseDate(row.reg_date);
  if (!receivedAt) return refuse("row.bad_date", { column: "reg_date", value: row.reg_date });
  const appealType = TYPE_WORDS[(row.appeal_type ?? "").toLowerCase().trim()];
  if (!appealType) return refuse("row.bad_value", { column: "appeal_type", value: row.appeal_type ?? "" });
  let answeredOn: string | null = null;
  if (row.answer_date) {
    const answered = parseDate(row.answer_date);
    if (!answered) return refuse("row.bad_date", { column: "answer_date", value: row.answer_date });
    answeredOn = isoDay(answered);
  }
  const personal = {
    fullName: clean(row.full_name),
    iin: clean(row.iin)?.replace(/\s/g, "") ?? null,
    phone: clean(row.phone),
    email: clean(row.email),
    address: clean(row.address),
  };
  const hasPersonal = Object.values(personal).some(Boolean);
  return ok([
    {
      source: "eotinish",
      sourceRef: ref,
      channel: "appeal",
      kind: "appeal",
      text: maskPersonalData(rawText),
      receivedAt,
      // The applicant's IIN identifies them across appeals without being stored with the text.
      author: personal.iin ?? personal.fullName,
      metadata: {
        appealType,
        region: clean(row.region),
        category: clean(row.category),
        status: clean(row.status),
        answeredOn,
      },
      personal: hasPersonal ? personal : null,
    },
  ]);
}
