/**
 * Where a word may be carried to the next line (тасымалдау / перенос), so that a narrow table
 * column breaks «қабыл-данбады», never «қабылданбад-ы».
 *
 * - Russian: Liang's TeX patterns (the `hyphen` package, ru).
 * - Kazakh: no pattern set exists on npm, and Kazakh carries words by syllables, which a rule
 *   finds reliably (Kazakh orthography rules, тасымал): each syllable has one vowel; one consonant
 *   between vowels starts the next syllable (ба-ла), of two or more only the last does (бар-ған,
 *   айт-ты); ь and ъ stay with the letter before; у and и after a vowel close the syllable
 *   (ау-ыл). A single letter is never left on a line or carried alone.
 *
 * Words with digits, Latin letters or all capitals (codes, abbreviations, URLs) are never split.
 */
import type { Locale } from "../../../i18n/index.ts";
import ru from "hyphen/ru/index.js";

const VOWELS = new Set("аәеёиоөуұүыіэюяАӘЕЁИОӨУҰҮЫІЭЮЯ");
const SEMIVOWELS = new Set("уиУИ");
const SIGNS = new Set("ьъЬЪ");
const KAZAKH_ONLY = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/;
const CYRILLIC_WORD = /^[\u0400-\u04ff]+$/;
const MIN_SIDE = 2;

/** Kazakh syllable boundaries inside a Cyrillic word: the indices a line may break before. */
function kazakhPoints(word: string): number[] {
  const letters = [...word];
  const isVowel = (i: number) =>
    VOWELS.has(letters[i]!) &&
    !(SEMIVOWELS.has(letters[i]!) && i > 0 && VOWELS.has(letters[i - 1]!) && !SEMIVOWELS.has(letters[i - 1]!));
  const vowels = letters.map((_, i) => i).filter(isVowel);
  const points: number[] = [];
  for (let v = 0; v + 1 < vowels.length; v++) {
    const a = vowels[v]!;
    const b = vowels[v + 1]!;
    const cluster = b - a - 1;
    // No consonant between: break between the vowels; one: before it; more: before the last.
    let at = cluster === 0 ? b : b - 1;
    // A closing у/и (after a vowel) stays on the left: жау-ап, not жа-уап.
    if (at === a + 1 && SEMIVOWELS.has(letters[a + 1]!)) at = a + 2;
    while (at > a + 1 && SIGNS.has(letters[at]!)) at++;
    if (SIGNS.has(letters[at]!)) at++;
    if (at > a && at <= b) points.push(at);
  }
  return points.filter((p) => p >= MIN_SIDE && letters.length - p >= MIN_SIDE);
}

function russianPoints(word: string): number[] {
  const marked = ru.hyphenateSync(word, { hyphenChar: "\u00ad", minWordLength: 4 });
  const points: number[] = [];
  let index = 0;
  for (const ch of marked) {
    if (ch === "\u00ad") points.push(index);
    else index++;
  }
  return points.filter((p) => p >= MIN_SIDE && word.length - p >= MIN_SIDE);
}

/**
 * The break points of one word, as indices into its letters; a word with a hard hyphen or a
 * dash ("20.1-тармақ", "веб-сайт", "17–18") may also break after it, as line breaking allows, and
 * its parts are hyphenated apart.
 */
export function hyphenationPoints(word: string, locale: Locale): number[] {
  if (/[-–]/.test(word)) {
    const points: number[] = [];
    let offset = 0;
    const parts = word.split(/(?<=[-–])/);
    parts.forEach((part, i) => {
      const bare = part.replace(/[-–]$/, "");
      for (const p of hyphenationPoints(bare, locale)) points.push(offset + p);
      offset += [...part].length;
      if (i < parts.length - 1 && bare.length > 0) points.push(offset);
    });
    return points;
  }
  // Keep punctuation around a word out of the syllables: «шешім,» → шешім.
  const m = /^([^\p{L}]*)(\p{L}+)([^\p{L}]*)$/u.exec(word);
  if (!m) return [];
  const core = m[2]!;
  if (!CYRILLIC_WORD.test(core) || core === core.toUpperCase()) return [];
  const lead = [...m[1]!].length;
  const points = locale === "ru" && !KAZAKH_ONLY.test(core) ? russianPoints(core) : kazakhPoints(core);
  return points.map((p) => p + lead);
}

/** A word with a visible mark at each break point, for tests and the docs: «қа|был|дан|ба|ды». */
export function showPoints(word: string, locale: Locale, mark = "|"): string {
  const letters = [...word];
  const points = new Set(hyphenationPoints(word, locale));
  return letters.map((ch, i) => (points.has(i) && !/[-–]/.test(letters[i - 1]!) ? mark + ch : ch)).join("");
}
