/**
 * Text normalisation shared by every analysis step. Lowercases, folds ё→е, replaces Latin
 * look-alike letters inside Cyrillic words (a spam trick that also defeats duplicate detection),
 * and drops URLs, e-mails and phone numbers, which carry no meaning for kind, sentiment or topic.
 */

const URL_RE = /\b(?:https?:\/\/|www\.)\S+/giu;
const EMAIL_RE = /\b[\w.+-]+@[\w-]+\.[\w.-]+\b/gu;
const PHONE_RE = /\+?\d[\d\s()-]{8,}\d/gu;

// Latin letters that look like Cyrillic ones (lowercase, after toLowerCase).
const HOMOGLYPH: Record<string, string> = { a: "а", e: "е", o: "о", p: "р", c: "с", x: "х", y: "у", k: "к", m: "м", h: "һ", i: "і", t: "т", b: "в" };

const CYR = /[\u0400-\u04ff]/u;
const LAT = /[a-z]/u;

/** Lowercased, NFC, ё folded, homoglyphs repaired, URLs/e-mails/phones removed, spaces collapsed. */
export function normaliseText(text: string): string {
  let t = text.normalize("NFC").toLowerCase().replace(/ё/gu, "е");
  t = t.replace(URL_RE, " ").replace(EMAIL_RE, " ").replace(PHONE_RE, " ");
  t = t.replace(/[\u2019\u02bc\u2018`´]/gu, "'");
  return t.replace(/[^\s]+/gu, fixMixedScriptWord).replace(/\s+/gu, " ").trim();
}

/** A word mostly in Cyrillic with a few Latin look-alikes is a Cyrillic word. */
function fixMixedScriptWord(word: string): string {
  if (!CYR.test(word) || !LAT.test(word)) return word;
  let out = "";
  for (const ch of word) out += HOMOGLYPH[ch] ?? ch;
  return out;
}

/** Letters of any script plus the apostrophe used by the 2017 Latin Kazakh alphabet. */
const TOKEN_RE = /[\p{L}][\p{L}\p{M}']*/gu;

/** Word tokens of an already normalised text (numbers and punctuation dropped). */
export function tokenize(normalised: string): string[] {
  return normalised.match(TOKEN_RE) ?? [];
}

/** Letters only, words joined by single spaces: the form duplicate detection compares. */
export function canonicalForDuplicates(normalised: string): string {
  return tokenize(normalised).join(" ");
}
