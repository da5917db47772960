/**
 * Language identification for feedback: kk (Cyrillic or Latin script), ru, en, or mixed.
 * Word-level evidence, strongest first: Kazakh-only letters (ә ғ қ ң ө ұ ү һ і, and á ǵ ń ó ú ı ş q
 * in Latin script), stop words and a feedback lexicon per language, then typical endings. Short
 * texts ("Рахмет!", "Спасибо") are decided by their one word; a text is "mixed" when a second
 * language holds a real share of the evidence (thresholds measured on the development set).
 */
import { ENGLISH_STOP_WORDS, KAZAKH_STOP_WORDS, RUSSIAN_STOP_WORDS } from "./stop-words.ts";
import { ENGLISH_LEXICON, KAZAKH_LEXICON, LATIN_KAZAKH_CHAT, RUSSIAN_LEXICON } from "./lexicon.ts";
import { stemKazakh } from "./stem-kazakh.ts";
import { KAZAKH_LATIN_LETTERS, latinKazakhToCyrillic } from "./transliterate.ts";

const LANGUAGES = ["kk", "ru", "en", "mixed", "und"] as const;
export type Language = (typeof LANGUAGES)[number];
export type WordLanguage = "kk" | "ru" | "en";
export type Script = "cyrl" | "latn" | "mixed" | "none";

interface WordVote {
  lang: WordLanguage;
  weight: number;
}

const KK_CYR_LETTERS = /[әғқңөұүһі]/u;
const CYRILLIC = /[\u0400-\u04ff]/u;
const LATIN = /[a-zà-ɏ]/u;
const RU_ENDINGS =
  /(?:ого|его|ому|ему|ыми|ими|ость|ости|ение|ения|ание|ания|ция|ции|ться|ются|ует|уют|ами|ями|ах|ях|ой|ый|ий|ая|ое|ые|ет|ит|ть)$/u;
const KK_ENDINGS =
  /(?:лар|лер|дар|дер|тар|тер|ның|нің|дың|дің|тың|тің|ға|ге|қа|ке|мыз|міз|ған|ген|ды|ді|ты|ті|да|де|дан|ден|мен|бен|пен|сы|сі)$/u;
const LATIN_KK_ENDINGS =
  /(?:lar|ler|dar|der|tar|ter|nyn|nin|dyn|din|ga|ge|qa|ke|myz|miz|gan|gen|dy|di|ty|ti|da|de|dan|den|men|ben|pen|sy|si)$/u;
// English contractions (you're, i'm, won't, it's, we'll, i've, he'd): the 2017 Latin Kazakh
// alphabet's apostrophe follows a consonant letter it modifies (s', c', g'), never these endings.
const ENGLISH_CONTRACTION = /^[a-z]+(?:n't|'re|'m|'ll|'ve|'d|'s)$/u;
const ENGLISH_SHAPES = /(?:th|wh|sh\b|ck|ee|oo|ou|ea|ing$|tion$|ed$|ly$|w)/u;

const voteCache = new Map<string, WordVote | null>();

/** Evidence for one lowercased word, or null when it says nothing. Memoised (bounded). */
function voteWord(word: string): WordVote | null {
  const hit = voteCache.get(word);
  if (hit !== undefined) return hit;
  const vote = computeVote(word);
  if (voteCache.size >= 200_000) voteCache.clear();
  voteCache.set(word, vote);
  return vote;
}

function computeVote(word: string): WordVote | null {
  if (CYRILLIC.test(word)) {
    if (KK_CYR_LETTERS.test(word)) return { lang: "kk", weight: 2 };
    if (RUSSIAN_STOP_WORDS.has(word) || RUSSIAN_LEXICON.has(word)) return { lang: "ru", weight: 1.5 };
    if (KAZAKH_STOP_WORDS.has(word) || KAZAKH_LEXICON.has(stemKazakh(word))) return { lang: "kk", weight: 1.5 };
    if (/[щъэё]/u.test(word)) return { lang: "ru", weight: 1 };
    if (RU_ENDINGS.test(word)) return { lang: "ru", weight: 0.6 };
    if (KK_ENDINGS.test(word)) return { lang: "kk", weight: 0.5 };
    return null;
  }
  if (!LATIN.test(word)) return null;
  if (ENGLISH_CONTRACTION.test(word)) return { lang: "en", weight: 1.5 };
  if (LATIN_KAZAKH_CHAT.has(word)) return { lang: "kk", weight: 1.5 };
  if (KAZAKH_LATIN_LETTERS.test(word)) return { lang: "kk", weight: 2 };
  const en = ENGLISH_STOP_WORDS.has(word) || ENGLISH_LEXICON.has(word);
  const cyr = latinKazakhToCyrillic(word);
  const kk = KAZAKH_STOP_WORDS.has(cyr) || KAZAKH_LEXICON.has(stemKazakh(cyr));
  if (en && !kk) return { lang: "en", weight: 1.5 };
  if (kk && !en) return { lang: "kk", weight: 1.5 };
  if (kk && en) return null; // "bar", "men": both languages
  if (/q(?!u)/u.test(word)) return { lang: "kk", weight: 1 };
  if (ENGLISH_SHAPES.test(word)) return { lang: "en", weight: 0.5 };
  if (LATIN_KK_ENDINGS.test(word) && word.length > 4) return { lang: "kk", weight: 0.5 };
  return { lang: "en", weight: 0.3 };
}

export interface LanguageResult {
  lang: Language;
  script: Script;
  confidence: number;
  /** Share of the evidence per language, 0..1. */
  shares: Record<WordLanguage, number>;
  /** The vote of each word (same order as the words given), null where a word said nothing. */
  votes: (WordLanguage | null)[];
}

/**
 * A second language with at least this share of the evidence (and two words, one of them decided by
 * a letter or a lexicon, not only by its ending) makes a text mixed; 0.2 scored best of 0.1–0.3 on
 * the development set. Endings alone («черты», «интересы» end like Kazakh -ты, -сы) made plain
 * Russian treebank sentences mixed.
 */
const MIXED_MIN_SHARE = 0.2;

/**
 * A word decided only by its ending ("разбиты" looks like Kazakh -ты) takes the language of the
 * nearest word decided by a letter or the lexicon, preferring the one before it.
 */
function smoothWeakVotes(votes: (WordLanguage | null)[], strength: number[]): void {
  const STRONG = 1.5;
  for (let i = 0; i < votes.length; i++) {
    if (strength[i]! >= 1) continue;
    let j = i - 1;
    while (j >= 0 && strength[j]! < STRONG) j--;
    if (j < 0) {
      j = i + 1;
      while (j < votes.length && strength[j]! < STRONG) j++;
    }
    if (j >= 0 && j < votes.length) votes[i] = votes[j]!;
  }
}

/**
 * 1 when a word has a Cyrillic letter (CYRILLIC), else 2 when it has a Latin one (LATIN), else 0: the
 * two regular expressions as one character loop, since this runs for every word of every text.
 */
function scriptOfWord(w: string): number {
  let latin = false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 0x400 && c <= 0x4ff) return 1;
    if ((c >= 97 && c <= 122) || (c >= 0xe0 && c <= 0x24f)) latin = true;
  }
  return latin ? 2 : 0;
}

/** Identifies the language of a text's words (already normalised and tokenised). */
export function detectLanguage(words: readonly string[], mixedMinShare = MIXED_MIN_SHARE): LanguageResult {
  const weight: Record<WordLanguage, number> = { kk: 0, ru: 0, en: 0 };
  const count: Record<WordLanguage, number> = { kk: 0, ru: 0, en: 0 };
  const strong: Record<WordLanguage, number> = { kk: 0, ru: 0, en: 0 };
  const votes: (WordLanguage | null)[] = [];
  const strength: number[] = [];
  let cyr = 0;
  let lat = 0;
  for (const w of words) {
    const script = scriptOfWord(w);
    if (script === 1) cyr++;
    else if (script === 2) lat++;
    const v = voteWord(w);
    votes.push(v?.lang ?? null);
    strength.push(v?.weight ?? 0);
    if (v) {
      weight[v.lang] += v.weight;
      count[v.lang]++;
      if (v.weight >= 1.5) strong[v.lang]++;
    }
  }
  smoothWeakVotes(votes, strength);
  const script: Script =
    cyr && lat
      ? Math.min(cyr, lat) / (cyr + lat) >= 0.2
        ? "mixed"
        : cyr > lat
          ? "cyrl"
          : "latn"
      : cyr
        ? "cyrl"
        : lat
          ? "latn"
          : "none";
  const total = weight.kk + weight.ru + weight.en;
  if (total === 0)
    return {
      lang: words.length && script === "cyrl" ? "ru" : "und",
      script,
      confidence: 0,
      shares: { kk: 0, ru: 0, en: 0 },
      votes,
    };
  const shares = { kk: weight.kk / total, ru: weight.ru / total, en: weight.en / total };
  const ranked = (["kk", "ru", "en"] as const).slice().sort((a, b) => shares[b] - shares[a]);
  const [top, second] = [ranked[0]!, ranked[1]!];
  if (shares[second] >= mixedMinShare && count[second] >= 2 && count[top] >= 2 && strong[second] >= 1) {
    return { lang: "mixed", script, confidence: Math.min(1, 2 * shares[second]), shares, votes };
  }
  return { lang: top, script, confidence: shares[top] * Math.min(1, total / 2), shares, votes };
}
