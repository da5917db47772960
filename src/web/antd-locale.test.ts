import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { fillLocale, KK_EXTRA, RU_EXTRA, type Tree } from "./antd-locale.ts";

const require = createRequire(import.meta.url);
const load = (name: string): Tree => require(`antd/lib/locale/${name}.js`).default;

/** Every key path of antd's English locale that `locale` does not have. */
function missing(en: Tree, locale: Tree, path = ""): string[] {
  return Object.entries(en).flatMap(([key, value]) => {
    const have = locale[key];
    if (typeof value === "object" && value !== null && !Array.isArray(value))
      return typeof have === "object" && have !== null
        ? missing(value as Tree, have as Tree, `${path}${key}.`)
        : [path + key];
    return have === undefined ? [path + key] : [];
  });
}

describe("antd's locales as the app uses them", () => {
  const en = load("en_US");
  it("leave no English default in kk or ru mode (antd's kk_KZ lacks some keys)", () => {
    expect(missing(en, load("kk_KZ"))).toContain("Table.selectNone"); // why the fill exists
    expect(missing(en, fillLocale(load("kk_KZ"), KK_EXTRA))).toEqual([]);
    expect(missing(en, fillLocale(load("ru_RU"), RU_EXTRA))).toEqual([]);
  });

  it("names the months in Kazakh in the calendar header (not M12) and keeps antd's own texts", () => {
    const kk = fillLocale(load("kk_KZ"), KK_EXTRA) as { DatePicker: { lang: Tree }; Table: Tree };
    expect((kk.DatePicker.lang.shortMonths as string[])[11]).toBe("желтоқсан");
    expect(kk.Table.selectAll).toBe("Барлығын таңдау");
    expect(kk.DatePicker.lang.today).toBe("Бүгін");
  });
});
