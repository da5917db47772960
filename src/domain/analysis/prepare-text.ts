/**
 * One pass that every labeller shares: normalise, tokenise, identify the language (per word and per
 * text), transliterate Latin-script Kazakh to Cyrillic, and stem each word with its own language's
 * stemmer (so a mixed kk/ru remark gets Kazakh stems for its Kazakh words and Russian for the rest).
 */
import { canonicalForDuplicates, normaliseText, tokenize } from "./normalise.ts";
import { detectLanguage, type LanguageResult, type WordLanguage } from "./detect-language.ts";
import { latinKazakhToCyrillic } from "./transliterate.ts";
import { stemKazakh } from "./stem-kazakh.ts";
import { stemEnglish, stemRussian } from "./stem-snowball.ts";
import { isStopWord } from "./stop-words.ts";

export interface PreparedText {
  /** Normalised text (see normaliseText). */
  normalised: string;
  /** Words in analysis form: Latin-script Kazakh already in Cyrillic. */
  words: string[];
  /** Language each word was analysed as. */
  wordLangs: WordLanguage[];
  stems: string[];
  language: LanguageResult;
  /** The text as duplicate detection compares it (letters only, single spaces, analysis form). */
  canonical: string;
}

function hasLatinLetter(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

// Latin-script Kazakh words repeat like any others; transliterating each again cost more than the
// stemming that follows (which is memoised too). Bounded the same way as the stemmers' caches.
let transliterated = new Map<string, string>();
function toCyrillic(w: string): string {
  let out = transliterated.get(w);
  if (out === undefined) {
    out = latinKazakhToCyrillic(w);
    if (transliterated.size >= 200_000) transliterated = new Map();
    transliterated.set(w, out);
  }
  return out;
}

function stemWord(word: string, lang: WordLanguage): string {
  return lang === "kk" ? stemKazakh(word) : lang === "ru" ? stemRussian(word) : stemEnglish(word);
}

export function prepareText(text: string): PreparedText {
  const normalised = normaliseText(text);
  const tokens = tokenize(normalised);
  const language = detectLanguage(tokens);
  const fallback: WordLanguage =
    language.lang === "kk" || language.lang === "ru" || language.lang === "en"
      ? language.lang
      : language.shares.kk >= language.shares.ru && language.shares.kk >= language.shares.en
        ? "kk"
        : language.shares.ru >= language.shares.en
          ? "ru"
          : "en";
  const words: string[] = new Array(tokens.length);
  const wordLangs: WordLanguage[] = new Array(tokens.length);
  const stems: string[] = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const lang = language.votes[i] ?? fallback;
    let w = tokens[i]!;
    if (lang === "kk" && hasLatinLetter(w)) w = toCyrillic(w);
    words[i] = w;
    wordLangs[i] = lang;
    stems[i] = stemWord(w, lang);
  }
  return {
    normalised,
    words,
    wordLangs,
    stems,
    language,
    canonical: words.length ? words.join(" ") : canonicalForDuplicates(normalised),
  };
}

/**
 * Words that only stand where redaction removed personal data: the importers' «[ЖСН/ИИН]» and
 * «[тел.]», the labels people write before an IIN (ИИН / ЖСН / БИН / БСН / IIN), and portals' «XXXX»
 * masks. Every masked appeal carries them, so they would otherwise top a quarter's topic terms.
 */
const PLACEHOLDER_WORDS: ReadonlySet<string> = new Set([
  "жсн",
  "иин",
  "бин",
  "бсн",
  "тел",
  "iin",
  "bin",
  "иін",
  "жсн-иин",
]);
export function isRedactionPlaceholder(word: string): boolean {
  return PLACEHOLDER_WORDS.has(word) || /^(?:x{2,}|х{2,})$/u.test(word);
}

/** Content stems (stop words, one-letter words and redaction placeholders removed), for topics. */
export function contentStems(p: PreparedText): { stem: string; word: string; lang: WordLanguage }[] {
  const out: { stem: string; word: string; lang: WordLanguage }[] = [];
  for (let i = 0; i < p.words.length; i++) {
    const word = p.words[i]!;
    const lang = p.wordLangs[i]!;
    if (word.length < 3 || isStopWord(word, lang) || isRedactionPlaceholder(word)) continue;
    out.push({ stem: p.stems[i]!, word, lang });
  }
  return out;
}
