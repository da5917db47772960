/**
 * The order's own words for the four kinds of feedback, as data: one source for docs/glossary.md,
 * the UI catalogs, the server messages and the documents (reports), each tested against it.
 *
 * Order No. 17-НҚ writes түсініктеме (comment, §2.8, §20.2), ескерту (remark) and ұсыныс
 * (proposal, §3, §20.1), and өтініш / жолданым (appeal, §3.3, §14). "Пікір" is the generic word
 * for opinion / feedback (and the product's name), never a kind of item, so a Kazakh text that
 * names a comment must say түсініктеме.
 *
 * Matching works on stems because Kazakh and Russian inflect: ескерту → ескертулер, ескертуді;
 * замечание → замечания, замечаний. A stem is the part every inflected form keeps.
 */
import type { Locale } from "./index.ts";

export interface GlossaryTerm {
  /** The code's word (item kind) and English term. */
  id: "comment" | "remark" | "proposal" | "appeal";
  /** The order's paragraphs that define or use the term. */
  paragraphs: string;
  /** The term in its dictionary form, per language (the first is the preferred one). */
  terms: Record<Locale, readonly string[]>;
  /** Stems every inflected form keeps, per language: a text naming the term contains one of them. */
  stems: Record<Locale, readonly string[]>;
  /** English words that name the term in an English text (how the test finds the texts to check). */
  enPattern: RegExp;
  /** Kazakh words a text must not use for this term (the review found them in the UI). */
  wrongKk: readonly string[];
}

export const GLOSSARY: readonly GlossaryTerm[] = [
  {
    id: "comment",
    paragraphs: "§2.8, §20.2",
    terms: { kk: ["түсініктеме"], ru: ["комментарий"], en: ["comment"] },
    stems: { kk: ["түсініктеме"], ru: ["комментари"], en: ["comment"] },
    enPattern: /\bcomments?\b/i,
    wrongKk: ["пікір"],
  },
  {
    id: "remark",
    paragraphs: "§3, §20.1",
    terms: { kk: ["ескерту"], ru: ["замечание"], en: ["remark"] },
    stems: { kk: ["ескерт"], ru: ["замечани"], en: ["remark"] },
    enPattern: /\bremarks?\b/i,
    wrongKk: [],
  },
  {
    id: "proposal",
    paragraphs: "§3, §20.1",
    terms: { kk: ["ұсыныс"], ru: ["предложение"], en: ["proposal"] },
    // "ұсыным" (recommendation, §14–§15) is a different word: the stem must not match it.
    stems: { kk: ["ұсыныс"], ru: ["предложени"], en: ["proposal"] },
    enPattern: /\bproposals?\b/i,
    wrongKk: [],
  },
  {
    id: "appeal",
    paragraphs: "§3.3, §14",
    terms: { kk: ["өтініш", "жолданым"], ru: ["обращение"], en: ["appeal"] },
    stems: { kk: ["өтініш", "жолданым"], ru: ["обращени"], en: ["appeal"] },
    enPattern: /\bappeals?\b/i,
    wrongKk: [],
  },
];

export function glossaryTerm(id: GlossaryTerm["id"]): GlossaryTerm {
  const term = GLOSSARY.find((t) => t.id === id);
  if (!term) throw new Error(`unknown glossary term ${id}`);
  return term;
}

/** Whether a text in `locale` names the term (contains one of its stems, case-insensitive). */
export function namesTerm(term: GlossaryTerm, locale: Locale, text: string): boolean {
  const lower = text.toLocaleLowerCase(locale === "en" ? "en" : locale === "ru" ? "ru" : "kk");
  return term.stems[locale].some((stem) => lower.includes(stem));
}

export interface GlossaryViolation {
  key: string;
  term: GlossaryTerm["id"];
  locale: Locale;
  text: string;
}

/**
 * Checks a three-language catalog: every entry whose English text names a term must name it in
 * kk and ru too, with the order's word. `exempt` lists keys where English uses the word in
 * another sense (say why beside the list).
 */
export function checkCatalogTerms(
  catalog: Record<Locale, Record<string, string>>,
  exempt: ReadonlySet<string> = new Set(),
): GlossaryViolation[] {
  const violations: GlossaryViolation[] = [];
  for (const [key, enText] of Object.entries(catalog.en)) {
    if (exempt.has(key)) continue;
    for (const term of GLOSSARY) {
      if (!term.enPattern.test(enText)) continue;
      for (const locale of ["kk", "ru"] as const) {
        const text = catalog[locale][key] ?? "";
        if (!namesTerm(term, locale, text)) violations.push({ key, term: term.id, locale, text });
      }
    }
  }
  return violations;
}
