/** Ant Design's locale, dayjs's locale and i18next kept in step; the switch is on every page. */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { App as AntApp, ConfigProvider, Select } from "antd";
import { GlobalOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import dayjs from "dayjs";
import "dayjs/locale/kk.js";
import "dayjs/locale/ru.js";
import "dayjs/locale/en.js";
import i18n, { currentLang, LANG_NAMES, LANGS, rememberLang } from "./i18n/index.ts";
import type { Lang } from "./types.ts";
import type { Locale as AntLocale } from "antd/es/locale/index.js";
import * as kkKZ from "antd/es/locale/kk_KZ.js";
import * as ruRU from "antd/es/locale/ru_RU.js";
import * as enUS from "antd/es/locale/en_US.js";
import { fillLocale, KK_EXTRA, RU_EXTRA } from "./antd-locale.ts";

// antd's ES files are typed as CommonJS (no "type": "module"); take the default export either way.
const esDefault = (m: unknown): AntLocale => ((m as { default?: AntLocale }).default ?? m) as AntLocale;
const ANTD_LOCALES: Record<Lang, AntLocale> = {
  kk: fillLocale(esDefault(kkKZ), KK_EXTRA),
  ru: fillLocale(esDefault(ruRU), RU_EXTRA),
  en: esDefault(enUS),
};

const LangContext = createContext<{ lang: Lang; setLang: (lang: Lang) => void }>({ lang: "kk", setLang: () => {} });
export const useLang = () => useContext(LangContext);

export function LocaleProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(currentLang());
  useEffect(() => {
    dayjs.locale(lang);
    document.documentElement.lang = lang;
  }, [lang]);
  const setLang = useCallback((next: Lang) => {
    rememberLang(next);
    void i18n.changeLanguage(next);
    setLangState(next);
  }, []);
  const value = useMemo(() => ({ lang, setLang }), [lang, setLang]);
  return (
    <LangContext.Provider value={value}>
      <ConfigProvider
        locale={ANTD_LOCALES[lang]}
        theme={{
          token: {
            // Deep blue on white: 8.6:1 contrast; links and primary buttons stay above WCAG AA.
            colorPrimary: "#0b4f8a",
            colorLink: "#0b4f8a",
            colorSuccess: "#237804",
            colorError: "#a8071a",
            colorWarning: "#ad4e00",
            colorTextSecondary: "#4a5563",
            colorTextDescription: "#4a5563",
            colorTextTertiary: "#4a5563",
            colorTextPlaceholder: "#6b7280",
            borderRadius: 4,
            fontSize: 14,
            fontFamily: "'Segoe UI', 'PT Sans', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif",
          },
        }}
      >
        <AntApp>{children}</AntApp>
      </ConfigProvider>
    </LangContext.Provider>
  );
}

export function LanguageSwitch({ dark = false }: { dark?: boolean }) {
  const { t } = useTranslation();
  const { lang, setLang } = useLang();
  return (
    <span className={dark ? "lang-switch lang-switch-dark" : "lang-switch"}>
      <GlobalOutlined aria-hidden />
      <Select<Lang>
        aria-label={t("common.language")}
        data-testid="language-switch"
        value={lang}
        onChange={setLang}
        variant="borderless"
        popupMatchSelectWidth={false}
        options={LANGS.map((l) => ({ value: l, label: LANG_NAMES[l] }))}
      />
    </span>
  );
}
