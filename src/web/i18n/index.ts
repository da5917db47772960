/** i18next for the web app: Kazakh first, Russian and English; the choice is remembered in localStorage. */
import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import type { Lang } from "../types.ts";
import { kk } from "./kk.ts";
import { ru } from "./ru.ts";
import { en } from "./en.ts";

export const LANGS: readonly Lang[] = ["kk", "ru", "en"];
export const LANG_NAMES: Record<Lang, string> = { kk: "Қазақша", ru: "Русский", en: "English" };
const STORAGE_KEY = "pikir.lang";

export const isLang = (value: unknown): value is Lang =>
  typeof value === "string" && (LANGS as readonly string[]).includes(value);

function storedLang(): Lang {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLang(value) ? value : "kk";
  } catch {
    return "kk"; // storage disabled by policy: fall back to Kazakh, the default language
  }
}

export function rememberLang(lang: Lang): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    /* not remembered, still switched */
  }
}

void i18n.use(initReactI18next).init({
  resources: { kk: { translation: kk }, ru: { translation: ru }, en: { translation: en } },
  lng: storedLang(),
  fallbackLng: "kk",
  keySeparator: false,
  nsSeparator: false,
  // React escapes every string it renders; user text is never injected as HTML.
  interpolation: { escapeValue: false },
});

export const currentLang = (): Lang => (isLang(i18n.language) ? i18n.language : "kk");
export default i18n;
