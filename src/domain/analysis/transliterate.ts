/**
 * Latin-script Kazakh → Cyrillic, so one stemmer, one stop list and one model serve both scripts.
 * Accepts the 2021 alphabet (ä ğ ı i ñ ö q ş ū ü y), the 2018 acute one (á ǵ ı ń ó ú ý),
 * the 2017 apostrophe one (a' g' n' o' u' y' i' s' c') and informal chat spelling (sh, ch, zh, kh, gh).
 * Ambiguities are settled by the letter before: y and ı after a vowel are й, otherwise ы
 * ("bolady" → болады, "jetispeıdi" → жетіспейді). u is у (2021 and chat use), not the 2018 ұ.
 */

const APOSTROPHE: Record<string, string> = { a: "ә", g: "ғ", n: "ң", o: "ө", u: "ү", y: "у", i: "ы", s: "ш", c: "ч" };
const DIGRAPH: Record<string, string> = { sh: "ш", ch: "ч", zh: "ж", kh: "х", gh: "ғ", ya: "я", yu: "ю" };
const SINGLE: Record<string, string> = {
  a: "а",
  á: "ә",
  ä: "ә",
  b: "б",
  c: "с",
  ç: "ч",
  d: "д",
  e: "е",
  é: "е",
  f: "ф",
  g: "г",
  ǵ: "ғ",
  ğ: "ғ",
  h: "х",
  i: "і",
  j: "ж",
  k: "к",
  l: "л",
  m: "м",
  n: "н",
  ń: "ң",
  ñ: "ң",
  o: "о",
  ó: "ө",
  ö: "ө",
  p: "п",
  q: "қ",
  r: "р",
  s: "с",
  ş: "ш",
  t: "т",
  u: "у",
  ú: "ү",
  ü: "ү",
  ū: "ұ",
  ý: "у",
  v: "в",
  w: "у",
  x: "х",
  z: "з",
};
const VOWELS = new Set([..."aáäeéıioóöuúüūýаәеиоөұүыіэюя"]);

/** Transliterates one lowercased, NFC Latin-Kazakh string; non-Latin characters pass through. */
export function latinKazakhToCyrillic(text: string): string {
  const s = text.normalize("NFC").toLowerCase();
  let out = "";
  let i = 0;
  while (i < s.length) {
    const ch = s[i]!;
    const next = s[i + 1] ?? "";
    if (next === "'" && APOSTROPHE[ch]) {
      out += APOSTROPHE[ch];
      i += 2;
      continue;
    }
    const pair = ch + next;
    if (
      (DIGRAPH[pair] && !(pair === "ya" || pair === "yu")) ||
      ((pair === "ya" || pair === "yu") && !isConsonantBefore(s, i))
    ) {
      out += DIGRAPH[pair];
      i += 2;
      continue;
    }
    if (pair === "ng" && !VOWELS.has(s[i + 2] ?? "")) {
      out += "ң";
      i += 2;
      continue;
    }
    if (ch === "y" || ch === "ı") {
      out += VOWELS.has(s[i - 1] ?? "") && s[i - 1] !== "ý" ? "й" : "ы";
      i += 1;
      continue;
    }
    out += SINGLE[ch] ?? ch;
    i += 1;
  }
  return out;
}

// "ya" after a consonant is ы+а in Latin Kazakh ("synyptar" is not at issue; "qyzyaq" rare) — keep я
// only at word start or after a vowel, where Kazakh writes я.
function isConsonantBefore(s: string, i: number): boolean {
  const prev = s[i - 1] ?? " ";
  return /\p{L}/u.test(prev) && !VOWELS.has(prev);
}

/** Letters that only Latin-script Kazakh uses (not English). */
export const KAZAKH_LATIN_LETTERS = /[áäǵğıńñóöúüūýşç]|[agnouyisc]'/u;
