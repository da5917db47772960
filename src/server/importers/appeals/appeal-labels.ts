/** What each of Pikir's appeal keys means, for the officer mapping a body's own export (kk, ru, en). */
import type { Locale } from "../../../i18n/index.ts";
import type { AppealKey } from "./convert-appeals.ts";

export const APPEAL_LABELS: Record<AppealKey, Record<Locale, string>> = {
  reg_number: { kk: "Тіркеу нөмірі", ru: "Регистрационный номер", en: "Registration number" },
  reg_date: { kk: "Тіркелген күні", ru: "Дата регистрации", en: "Registration date" },
  appeal_type: { kk: "Өтініш түрі", ru: "Вид обращения", en: "Type of appeal" },
  region: { kk: "Өңір", ru: "Регион", en: "Region" },
  category: { kk: "Санат (тақырып)", ru: "Категория (тематика)", en: "Category (topic)" },
  text: { kk: "Өтініш мәтіні", ru: "Текст обращения", en: "Text of the appeal" },
  status: { kk: "Қарау мәртебесі", ru: "Статус рассмотрения", en: "Status" },
  answer_date: { kk: "Жауап берілген күні", ru: "Дата ответа", en: "Date of the answer" },
  full_name: { kk: "Өтініш берушінің аты-жөні", ru: "ФИО заявителя", en: "Applicant's name" },
  iin: { kk: "Өтініш берушінің ЖСН", ru: "ИИН заявителя", en: "Applicant's IIN" },
  phone: { kk: "Телефон", ru: "Телефон", en: "Phone" },
  email: { kk: "Электрондық пошта", ru: "Электронная почта", en: "E-mail" },
  address: { kk: "Мекенжай", ru: "Адрес", en: "Address" },
};
