/** The generic template's columns (issue 3 §6): one label per language, all accepted on import. */
import type { ColumnSpec } from "../shared/columns.ts";
import type { Locale } from "../../../i18n/index.ts";

export type TemplateKey =
  | "ref"
  | "received_at"
  | "kind"
  | "text"
  | "channel"
  | "lang"
  | "initiative_ref"
  | "clause"
  | "author"
  | "status"
  | "reply";

export const TEMPLATE_LABELS: Record<TemplateKey, Record<Locale, string>> = {
  ref: { kk: "Тіркеу нөмірі", ru: "Регистрационный номер", en: "Reference" },
  received_at: { kk: "Түскен күні", ru: "Дата поступления", en: "Received on" },
  kind: { kk: "Түрі", ru: "Вид", en: "Kind" },
  text: { kk: "Мәтін", ru: "Текст", en: "Text" },
  channel: { kk: "Арна", ru: "Канал", en: "Channel" },
  lang: { kk: "Тілі", ru: "Язык", en: "Language" },
  initiative_ref: { kk: "Жоба коды", ru: "Код проекта", en: "Initiative reference" },
  clause: { kk: "Тармақ", ru: "Пункт", en: "Clause" },
  author: { kk: "Автор", ru: "Автор", en: "Author" },
  status: { kk: "Шешім", ru: "Решение", en: "Decision" },
  reply: { kk: "Жауап", ru: "Ответ", en: "Reply" },
};

const REQUIRED: TemplateKey[] = ["ref", "received_at", "kind", "text"];

export const TEMPLATE_COLUMNS: ColumnSpec<TemplateKey>[] = (Object.keys(TEMPLATE_LABELS) as TemplateKey[]).map(
  (key) => ({
    key,
    required: REQUIRED.includes(key),
    aliases: Object.values(TEMPLATE_LABELS[key]),
  }),
);

/** An example row per language, so the downloaded template shows what goes where. */
export const TEMPLATE_EXAMPLE: Record<Locale, Record<TemplateKey, string>> = {
  kk: {
    ref: "ХАТ-2025-0001",
    received_at: "10.03.2025",
    kind: "ұсыныс",
    text: "Аялдама маңына жаяу жүргіншілер өткелін салу керек",
    channel: "own_form",
    lang: "kk",
    initiative_ref: "",
    clause: "4-тармақ",
    author: "",
    status: "",
    reply: "",
  },
  ru: {
    ref: "ПИС-2025-0001",
    received_at: "10.03.2025",
    kind: "предложение",
    text: "Предлагаю построить пешеходный переход у остановки",
    channel: "own_form",
    lang: "ru",
    initiative_ref: "",
    clause: "п. 4",
    author: "",
    status: "",
    reply: "",
  },
  en: {
    ref: "LTR-2025-0001",
    received_at: "10.03.2025",
    kind: "proposal",
    text: "Build a pedestrian crossing by the bus stop",
    channel: "own_form",
    lang: "en",
    initiative_ref: "",
    clause: "item 4",
    author: "",
    status: "",
    reply: "",
  },
};
