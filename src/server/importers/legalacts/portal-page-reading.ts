/**
 * What reading the portals' server-rendered pages shares (legalacts.egov.kz here, budget.egov.kz and
 * dialog.egov.kz by the same operator): the refusal of a page whose structure changed, text and
 * numbers as shown, the page's language, numbers configured in inline scripts, the date formats.
 */
import type { CheerioAPI } from "cheerio";
import type { AnyNode, Element } from "domhandler";

export class PageStructureError extends Error {
  constructor(
    readonly element: string,
    readonly page: string,
  ) {
    super(`${page}: the page has no ${element} (the portal's page structure changed?)`);
    this.name = "PageStructureError";
  }
}

export const text = ($: CheerioAPI, node: AnyNode | Element) =>
  $(node)
    .text()
    .replace(/[\s\u00a0]+/g, " ")
    .trim();
export const int = (value: string | undefined | null): number | null => {
  const m = value ? /\d+/.exec(value.replace(/\s/g, "")) : null;
  return m ? Number(m[0]) : null;
};

export const DATE = /^\d{2}\/\d{2}\/\d{4}$/;
export const DATE_TIME = /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}(:\d{2})?$/;
export const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?: \d{2}:\d{2}:\d{2}(?:\.\d+)?)?$/;
export const COMMENT_DATE = /(\d{2})\/(\d{2})\s*-\s*(\d{2}):(\d{2})/;

export function pageLang($: CheerioAPI): "kk" | "ru" | null {
  const lang = ($("html").attr("lang") ?? "").toLowerCase();
  return lang.startsWith("kk") || lang.startsWith("kz") ? "kk" : lang.startsWith("ru") ? "ru" : null;
}

export function scriptNumbers($: CheerioAPI, pattern: RegExp): number[] {
  // Paging and tab switching are configured in inline scripts; a number in a script is data, not markup.
  const out: number[] = [];
  $("script:not([src])").each((_, s) => {
    for (const m of $(s).text().matchAll(pattern)) out.push(Number(m[1]));
  });
  return out;
}
