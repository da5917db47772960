/**
 * antd's locales with the keys its kk_KZ (and ru_RU) files lack filled in, so no English default
 * ("Select all items", "Clear all data", "(optional)", "M12" in the calendar header) shows
 * through in kk or ru mode (applied in locale.tsx). English is antd's own and complete.
 */
export type Tree = { [key: string]: unknown };
const isTree = (v: unknown): v is Tree => typeof v === "object" && v !== null && !Array.isArray(v);

/** Adds what `extra` has and `base` lacks, key by key; antd's own texts win. */
export function fillLocale<T>(base: T, extra: Tree): T {
  const out: Tree = { ...(base as Tree) };
  for (const [key, value] of Object.entries(extra)) {
    const have = out[key];
    if (isTree(value)) out[key] = fillLocale(isTree(have) ? have : {}, value);
    else if (have === undefined) out[key] = value;
  }
  return out as T;
}

// The calendar reads month names from dayjs when the locale gives none; dayjs's kk was not
// always the one antd's picker saw, which showed "M12". The names are written here instead.
const KK_MONTHS = [
  "қаңтар",
  "ақпан",
  "наурыз",
  "сәуір",
  "мамыр",
  "маусым",
  "шілде",
  "тамыз",
  "қыркүйек",
  "қазан",
  "қараша",
  "желтоқсан",
];
const kkPicker = {
  shortMonths: KK_MONTHS,
  shortWeekDays: ["Жс", "Дс", "Сс", "Ср", "Бс", "Жм", "Сн"],
  rangeQuarterPlaceholder: ["Бастау тоқсаны", "Аяқталу тоқсаны"],
  weekSelect: "Аптаны таңдаңыз",
};
export const KK_EXTRA: Tree = {
  DatePicker: { lang: kkPicker },
  Calendar: { lang: kkPicker },
  Table: {
    filterCheckAll: "Барлығын таңдау",
    filterSearchPlaceholder: "Сүзгілерден іздеу",
    selectNone: "Таңдауды алып тастау",
  },
  Transfer: { deselectAll: "Таңдауды алып тастау" },
  Text: { collapse: "Жию" },
  Form: {
    optional: "(міндетті емес)",
    defaultValidateMessages: { number: { range: "${label} ${min} мен ${max} аралығында болуы керек" } },
  },
  Image: { preview: "Алдын ала қарау" },
  QRCode: { expired: "QR кодтың мерзімі өтті", refresh: "Жаңарту", scanned: "Сканерленді" },
  ColorPicker: { presetEmpty: "Бос", transparent: "Мөлдір", singleColor: "Бір түс", gradientColor: "Градиент" },
};
const ruPicker = { rangeQuarterPlaceholder: ["Начальный квартал", "Конечный квартал"], weekSelect: "Выбрать неделю" };
export const RU_EXTRA: Tree = {
  DatePicker: { lang: ruPicker },
  Calendar: { lang: ruPicker },
  QRCode: { scanned: "Отсканировано" },
};
