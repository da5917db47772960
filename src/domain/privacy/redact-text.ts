/**
 * Redacts personal data that citizens write into the text itself ("менің ЖСН 950315400127, тел.
 * 8 701 123 45 67") wherever that text leaves the workspace: open data, the public portal, analysis
 * views and report documents. Importers already mask IINs and phones in appeals, but items typed in
 * by hand, social comments and older imports are not, so every exit redacts again.
 *
 * Rules:
 *   e-mail  → maskEmail (first letter + domain), disguised forms too ("ivanov(at)mail.kz",
 *             email-in-text.ts). Done first, so digits inside an address are not
 *             mistaken for a phone or an IIN.
 *   IIN     a run of exactly 12 digits whose check digit is valid (the IIN/BIN algorithm below), or
 *             any 12-digit run right after the words ИИН / ЖСН / IIN / БИН / БСН (a typo in a labelled
 *             IIN is still an IIN) → 12 "*". Unlike the field mask no digit is kept: published text
 *             must not help anyone guess a birth date.
 *   phone   "+7" or "8", then exactly 10 digits with the usual separators (spaces, hyphens, dots,
 *             brackets): "+7 701 123 45 67", "8(7172)55-12-34", "87011234567" → maskPhone (last 2
 *             digits kept). After "8" the number must start with 6, 7 or 9 (Kazakh codes, and Russian
 *             mobiles), so that lists like "8 10 12 14 16 18" stay untouched.
 *   phone, national forms (W9 of the 2026-12 security review): a Kazakh mobile code (700–708, 747,
 *             771, 775–778) and 7 more digits in the 3-2-2 groups, with or without a leading 7 and
 *             without + or 8: "77011234567", "7 701 123 45 67", "7(701)123-45-67", "701 123 45 67",
 *             "WhatsApp 7011234567". The code list keeps sums such as "7 000 000 000" untouched.
 * IINs written with dots or slashes between the groups ("950315.400125", "950315/400125") count as grouped.
 * Other 12-digit numbers (case numbers, accounts) without a valid check digit are left as they are.
 */
import { EMAIL_IN_TEXT, plainEmail } from "./email-in-text.ts";
import { maskEmail, maskPhone } from "./mask-personal-data.ts";

const IIN_WEIGHTS_1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const IIN_WEIGHTS_2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

/**
 * The IIN (and BIN) check digit: the weighted sum of the first 11 digits modulo 11 with weights
 * 1…11; if that gives 10, again with weights 3…11, 1, 2; if that also gives 10 the number is never issued.
 */
export function isValidIin(value: string): boolean {
  if (!/^\d{12}$/.test(value)) return false;
  const digits = Array.from(value, Number);
  const sum = (weights: number[]) => weights.reduce((acc, w, i) => acc + w * digits[i]!, 0) % 11;
  let check = sum(IIN_WEIGHTS_1);
  if (check === 10) check = sum(IIN_WEIGHTS_2);
  return check !== 10 && check === digits[11];
}

const TWELVE_DIGITS = /(?<!\p{N})\d{12}(?!\p{N})/gu;
const IIN_LABEL = /(?:ИИН|ЖСН|IIN|БИН|БСН|BIN)\s*[:№#-]?\s*$/iu;
/** 12 digits written in groups ("9503 1540 0125", "950315-400125"): masked only when the check digit holds. */
const GROUPED_DIGITS = /(?<![\p{N}\-./])\d{2,6}(?:[ \u00a0\-./]\d{2,6}){1,5}(?![\p{N}])/gu;
const PHONE = /(?<![\p{L}\p{N}+])(\+\s?7|8)((?:[\s\-.()]{0,2}\d){10})(?!\p{N})/gu;

const SEP = "[\\s\\-.]{0,2}";
const PHONE_NATIONAL = new RegExp(
  `(?<![\\p{L}\\p{N}+*])(?:7[\\s\\-(]{0,2})?\\(?7(?:0[0-8]|47|7[15-8])\\)?${SEP}\\d{3}${SEP}\\d{2}${SEP}\\d{2}(?![\\p{N}*])`,
  "gu",
);

const IIN_MASK = "*".repeat(12);

export function redactText(text: string): string {
  if (!text) return text;
  return text
    .replace(EMAIL_IN_TEXT, (email) => maskEmail(plainEmail(email)) ?? email)
    .replace(TWELVE_DIGITS, (run, offset: number, whole: string) =>
      isValidIin(run) || IIN_LABEL.test(whole.slice(Math.max(0, offset - 12), offset)) ? IIN_MASK : run,
    )
    .replace(GROUPED_DIGITS, (run) => {
      const digits = run.replace(/\D/g, "");
      return digits.length === 12 && isValidIin(digits) ? IIN_MASK : run;
    })
    .replace(PHONE, (phone, prefix: string, rest: string) => {
      const first = rest.replace(/\D/g, "")[0]!;
      if (prefix === "8" && !"679".includes(first)) return phone;
      return maskPhone(phone.replace(/^\+\s7/, "+7")) ?? phone;
    })
    .replace(PHONE_NATIONAL, (phone) => maskPhone(phone) ?? phone);
}

/** For nullable columns (a decision's reason, a reference text). */
export function redactNullable(text: string | null): string | null {
  return text === null ? null : redactText(text);
}
