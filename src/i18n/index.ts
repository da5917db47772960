/**
 * Server-side message catalogs (kk first, ru always, en too).
 * Each area declares its messages with `defineMessages` in src/i18n/messages/<area>.ts;
 * the type forces the three languages to have the same keys, and a test checks it again at run time.
 */
export const LOCALES = ["kk", "ru", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "kk";

export type MessageParams = Record<string, string | number>;
export type Catalog<K extends string> = Record<Locale, Record<K, string>>;

export function defineMessages<K extends string>(catalog: Catalog<K>): Catalog<K> {
  return catalog;
}

/** Replaces {name} placeholders; unknown placeholders stay visible so a missing param is noticed. */
export function format(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function translate<K extends string>(
  catalog: Catalog<K>,
  locale: Locale,
  key: K,
  params?: MessageParams,
): string {
  return format(catalog[locale][key], params);
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** Picks the best locale from an Accept-Language header ("ru-RU,ru;q=0.9,en;q=0.8"). */
export function pickLocale(acceptLanguage: string | undefined, fallback: Locale = DEFAULT_LOCALE): Locale {
  if (!acceptLanguage) return fallback;
  const ranked = acceptLanguage
    .split(",")
    .map((part) => {
      const [tag = "", ...rest] = part.trim().split(";");
      const q = rest.find((p) => p.trim().startsWith("q="));
      return { lang: tag.trim().toLowerCase().slice(0, 2), q: q ? Number(q.split("=")[1]) : 1 };
    })
    .filter((r) => !Number.isNaN(r.q))
    .sort((a, b) => b.q - a.q);
  return ranked.map((r) => r.lang).find(isLocale) ?? fallback;
}
