/**
 * The body's own screens. This file holds the administration of its registry entry and the body kinds;
 * the other areas (initiatives, calendar and indicator, evidence) come from their files, merged here.
 * English defines the keys; the type makes kk and ru carry the same ones.
 */
import { bodyInitiativesCatalog } from "./body-initiatives.ts";
import { bodyCalendarCatalog } from "./body-calendar.ts";
import { bodyEvidenceCatalog } from "./body-evidence.ts";

const en = {
  "admin.readOnlyBodies": "The registry is read-only here: it is loaded with `pikir seed` and the registry files.",
  "admin.readOnlyUsers": "The list is read-only: accounts are created and disabled with the `pikir` command for now.",
  "admin.search": "Search by name or code",
  "admin.code": "Code",
  "admin.name": "Name",
  "admin.scope": "Methodology applies (§1)",
  "admin.inScope": "applies",
  "admin.outOfScope": "does not apply",
  "admin.website": "Website",
  "admin.displayName": "Name",
  "admin.role": "Role",
  "admin.active": "Active",
  "admin.created": "Created",
  "admin.yes": "yes",
  "admin.no": "no",
  "bodyKind.central": "central",
  "bodyKind.local": "local",
  "bodyKind.presidential": "accountable to the President",
};

type Keys = keyof typeof en;

const kk: Record<Keys, string> = {
  "admin.readOnlyBodies":
    "Тізілім мұнда тек оқуға арналған: ол `pikir seed` командасымен және тізілім файлдарынан жүктеледі.",
  "admin.readOnlyUsers": "Тізім тек оқуға арналған: тіркелгілер әзірге `pikir` командасымен құрылады және өшіріледі.",
  "admin.search": "Атауы немесе коды бойынша іздеу",
  "admin.code": "Коды",
  "admin.name": "Атауы",
  "admin.scope": "Әдістеме қолданылады (1-тармақ)",
  "admin.inScope": "қолданылады",
  "admin.outOfScope": "қолданылмайды",
  "admin.website": "Сайты",
  "admin.displayName": "Аты-жөні",
  "admin.role": "Рөлі",
  "admin.active": "Белсенді",
  "admin.created": "Құрылды",
  "admin.yes": "иә",
  "admin.no": "жоқ",
  "bodyKind.central": "орталық",
  "bodyKind.local": "жергілікті",
  "bodyKind.presidential": "Президентке есеп беретін",
};

const ru: Record<Keys, string> = {
  "admin.readOnlyBodies": "Реестр здесь только для чтения: он загружается командой `pikir seed` из файлов реестра.",
  "admin.readOnlyUsers": "Список только для чтения: учётные записи пока создаются и отключаются командой `pikir`.",
  "admin.search": "Поиск по названию или коду",
  "admin.code": "Код",
  "admin.name": "Название",
  "admin.scope": "Методика применяется (п. 1)",
  "admin.inScope": "применяется",
  "admin.outOfScope": "не применяется",
  "admin.website": "Сайт",
  "admin.displayName": "Имя",
  "admin.role": "Роль",
  "admin.active": "Активна",
  "admin.created": "Создана",
  "admin.yes": "да",
  "admin.no": "нет",
  "bodyKind.central": "центральный",
  "bodyKind.local": "местный",
  "bodyKind.presidential": "подотчётный Президенту",
};

export const bodyCatalog = {
  en: { ...en, ...bodyInitiativesCatalog.en, ...bodyCalendarCatalog.en, ...bodyEvidenceCatalog.en },
  kk: { ...kk, ...bodyInitiativesCatalog.kk, ...bodyCalendarCatalog.kk, ...bodyEvidenceCatalog.kk },
  ru: { ...ru, ...bodyInitiativesCatalog.ru, ...bodyCalendarCatalog.ru, ...bodyEvidenceCatalog.ru },
};
