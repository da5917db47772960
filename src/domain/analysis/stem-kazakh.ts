/**
 * A suffix-stripping stemmer for Kazakh (Cyrillic; Latin script is transliterated first).
 * No ready stemmer exists for Kazakh. Kazakh is agglutinative with a fixed suffix order:
 *   root + plural + possessive + case + personal (predicative) ending,
 * so the stemmer strips right to left, one suffix per layer, in the reverse of that order.
 * Each suffix lists the sounds it may follow (its allomorph rule: -дар after л, м, н, ң, з, ж;
 * -тар after voiceless; -лар after vowels, р, й, у …), which stops it from eating roots such as
 * "аурухана" (-на is only a dative after a 3rd-person possessive, so it is stripped only as -ына/-сына).
 * Derivational suffixes (-лық, -шы, -у …) are kept: "жылу" (heating) must not become "жыл" (year).
 */

type Sound = "V" | "S" | "N" | "Z" | "K";
interface Suffix {
  s: string;
  after: readonly Sound[] | "any";
  minStem: number;
}

const VOWELS = new Set([..."аәеиоөұүыіэюяё"]);
const SONORANTS = new Set([..."лрйу"]);
const NASALS = new Set([..."мнң"]);
const VOICED = new Set([..."жз"]);

function soundOf(ch: string): Sound {
  if (VOWELS.has(ch)) return "V";
  if (SONORANTS.has(ch)) return "S";
  if (NASALS.has(ch)) return "N";
  if (VOICED.has(ch)) return "Z";
  return "K";
}

const ANY = "any" as const;
const V: Sound[] = ["V"];
const VOICED_ALL: Sound[] = ["V", "S", "N", "Z"];
const CONS: Sound[] = ["S", "N", "Z", "K"];

function group(after: readonly Sound[] | "any", minStem: number, ...list: string[]): Suffix[] {
  return list.map((s) => ({ s, after, minStem }));
}

function layer(...groups: Suffix[][]): Suffix[] {
  return groups.flat().sort((a, b) => b.s.length - a.s.length);
}

const PREDICATIVE = layer(
  group(ANY, 2, "сыңдар", "сіңдер", "сыздар", "сіздер", "мын", "мін", "бын", "бін", "пын", "пін", "сың", "сің"),
  group(["S", "N", "Z", "K"], 2, "мыз", "міз", "быз", "біз", "пыз", "піз"),
);

const CASE = layer(
  // genitive
  group(["V", "N"], 2, "ның", "нің"),
  group(["S", "Z"], 2, "дың", "дің"),
  group(["K"], 2, "тың", "тің"),
  // accusative (after a 3rd-person possessive: -ын/-сын)
  group(V, 3, "ны", "ні"),
  group(["S", "N", "Z"], 2, "ды", "ді"),
  group(["K"], 2, "ты", "ті"),
  group(ANY, 3, "ын", "ін", "сын", "сін"),
  // dative
  group(VOICED_ALL, 2, "ға", "ге"),
  group(["K"], 2, "қа", "ке"),
  group(ANY, 3, "ына", "іне", "сына", "сіне"),
  // locative and its adjectival form (-дағы: "көшесіндегі")
  group(VOICED_ALL, 2, "да", "де", "дағы", "дегі"),
  group(["K"], 2, "та", "те", "тағы", "тегі"),
  group(ANY, 3, "ында", "інде", "сында", "сінде", "ындағы", "індегі", "сындағы", "сіндегі"),
  // ablative
  group(["V", "S", "Z"], 2, "дан", "ден"),
  group(["N"], 2, "нан", "нен"),
  group(["K"], 2, "тан", "тен"),
  group(ANY, 3, "ынан", "інен", "сынан", "сінен"),
  // instrumental
  group(["V", "S"], 2, "мен"),
  group(["N", "Z"], 2, "бен"),
  group(["K"], 2, "пен"),
  group(ANY, 3, "ымен", "імен", "сымен", "сімен"),
);

const POSSESSIVE = layer(
  group(CONS, 2, "ымыз", "іміз", "ыңыз", "іңіз", "ым", "ім", "ың", "ің", "ы", "і"),
  group(V, 2, "мыз", "міз", "ңыз", "ңіз", "сы", "сі"),
  group(V, 3, "м", "ң"),
);

const PLURAL = layer(
  group(["V", "S"], 2, "лар", "лер"),
  group(["N", "Z"], 2, "дар", "дер"),
  group(["K"], 2, "тар", "тер"),
);
// "дар" after л: жол-дар, ел-дер (л is a sonorant, but takes д here).
const PLURAL_AFTER_L = new Set(["дар", "дер"]);

const PARTICIPLE = layer(
  group(VOICED_ALL, 2, "ған", "ген"),
  group(["K"], 2, "қан", "кен"),
  group(ANY, 2, "атын", "етін", "йтын", "йтін"),
);

const LAYERS = [PREDICATIVE, CASE, POSSESSIVE, PLURAL, PARTICIPLE];

function hasVowel(s: string): boolean {
  for (const ch of s) if (VOWELS.has(ch) || ch === "у") return true; // у is also a vowel (су, ту)
  return false;
}

function stripOne(word: string, suffixes: Suffix[]): string {
  for (const { s, after, minStem } of suffixes) {
    if (word.length - s.length < minStem || !word.endsWith(s)) continue;
    const stem = word.slice(0, word.length - s.length);
    if (!hasVowel(stem)) continue;
    const prev = stem[stem.length - 1]!;
    const ok = after === "any" || after.includes(soundOf(prev)) || (prev === "л" && PLURAL_AFTER_L.has(s));
    if (ok) return stem;
  }
  return word;
}

// Final б/г/ғ voice before a vowel suffix (мектеп → мектебі, тарақ → тарағы); devoicing every
// stem's last letter maps all forms of a root to one stem, bare forms included.
const DEVOICE: Record<string, string> = { б: "п", г: "к", ғ: "қ" };
function devoice(stem: string): string {
  const last = stem[stem.length - 1]!;
  return stem.length >= 3 && DEVOICE[last] ? stem.slice(0, -1) + DEVOICE[last] : stem;
}

const cache = new Map<string, string>();

/** Stem of a lowercased Cyrillic Kazakh word. Deterministic; memoised (bounded). */
export function stemKazakh(word: string): string {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  let stem = word;
  if (word.length > 3) for (const suffixes of LAYERS) stem = stripOne(stem, suffixes);
  stem = devoice(stem);
  if (cache.size >= 200_000) cache.clear();
  cache.set(word, stem);
  return stem;
}
