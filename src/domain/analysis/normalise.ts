/**
 * Text normalisation shared by every analysis step. Lowercases, folds ё→е, replaces Latin
 * look-alike letters inside Cyrillic words (a spam trick that also defeats duplicate detection),
 * and drops URLs (also bare ones such as «youtu.be/…»), e-mails, phone numbers, @handles and Latin
 * #hashtags, which carry no meaning for kind, sentiment or topic — and would make a Russian tweet
 * addressed to «@Funt0m1» look English or mixed to language identification.
 */

const URL_RE = /\b(?:https?:\/\/|www\.)\S+/giu;
const EMAIL_RE = /\b[\w.+-]+@[\w-]+\.[\w.-]+\b/gu;
const PHONE_RE = /\+?\d[\d\s()-]{8,}\d/gu;
// A handle or hashtag of Latin letters, digits and _ not glued to a word before it («x@y» is
// e-mail-like, «c#» a word); Cyrillic hashtags («#новости») are kept: their word is the text's own.
const HANDLE_RE = /(?<![\p{L}\d_])[@#][a-z0-9_]+/gu;
const BARE_LINK_RE = /\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|ru|kz|org|net|be|co|me|io|ly|gl|su|info)\/\S*/gu;

// Latin letters that look like Cyrillic ones (lowercase, after toLowerCase), as char codes.
const HOMOGLYPH = new Map([..."aeopcxykmhitb"].map((l, i) => [l.charCodeAt(0), "аеорсхукмһітв".charCodeAt(i)]));

const SPACE = 32;
const APOSTROPHE = 39;
const YO = 0x451; // ё
const YE = 0x435; // е

/** JavaScript's \s (WhiteSpace and LineTerminator), which the text's words are split on. */
function isSpace(c: number): boolean {
  if (c < 0x80) return c === SPACE || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** ’ ʼ ‘ ` ´ as typed for the apostrophe of Latin Kazakh. */
function isApostrophe(c: number): boolean {
  return c === 0x2019 || c === 0x2bc || c === 0x2018 || c === 0x60 || c === 0xb4;
}

const isCyrillic = (c: number) => c >= 0x400 && c <= 0x4ff;
const isLatin = (c: number) => c >= 97 && c <= 122;

/** Lowercased, NFC, ё folded, homoglyphs repaired, URLs/e-mails/phones removed, spaces collapsed. */
export function normaliseText(text: string): string {
  let t = text.normalize("NFC").toLowerCase();
  // The removals are rare, so each regular expression runs only when its match is possible.
  if (t.includes("http") || t.includes("www.")) t = t.replace(URL_RE, " ");
  if (t.includes("@")) t = t.replace(EMAIL_RE, " ");
  if (t.includes("@") || t.includes("#")) t = t.replace(HANDLE_RE, " ");
  if (t.includes("/")) t = t.replace(BARE_LINK_RE, " ");
  let found = scan(t);
  if (found & MAY_HOLD_PHONE) found = scan((t = t.replace(PHONE_RE, " ")));
  return found & NEEDS_FOLDING ? fold(t) : t;
}

const MAY_HOLD_PHONE = 1;
const NEEDS_FOLDING = 2;

/**
 * One look at every character for two questions: could PHONE_RE match (a run of digits, spaces,
 * ( ) - reaching from a digit to a digit ten or more characters on), and would fold() change the
 * text (most texts need nothing and are returned as they are)?
 */
function scan(t: string): number {
  let found = 0;
  let digit = -1;
  let afterSpace = true;
  let cyr = false;
  let lat = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    const space = isSpace(c);
    if (c >= 48 && c <= 57) {
      if (digit < 0) digit = i;
      else if (i - digit >= 9) found |= MAY_HOLD_PHONE;
    } else if (!(space || c === 40 || c === 41 || c === 45)) digit = -1;
    if (space) {
      if (c !== SPACE || afterSpace || (cyr && lat)) found |= NEEDS_FOLDING;
      afterSpace = true;
      cyr = lat = false;
      continue;
    }
    afterSpace = false;
    if (c === YO || isApostrophe(c)) found |= NEEDS_FOLDING;
    else if (isCyrillic(c)) cyr = true;
    else if (isLatin(c)) lat = true;
  }
  if ((afterSpace && t.length > 0) || (cyr && lat)) found |= NEEDS_FOLDING;
  return found;
}

// One pass instead of four regular-expression replaces: ё → е, apostrophes → ', Latin look-alikes
// inside a mostly Cyrillic word (one with Cyrillic and Latin letters) → Cyrillic, whitespace runs
// → one space, no space at either end.
let out = new Uint16Array(1024);
function fold(t: string): string {
  if (out.length < t.length) out = new Uint16Array(t.length * 2);
  let n = 0;
  let pendingSpace = false;
  let word = 0;
  let cyr = false;
  let lat = false;
  for (let i = 0; i <= t.length; i++) {
    const c = i < t.length ? t.charCodeAt(i) : SPACE;
    if (isSpace(c)) {
      if (cyr && lat) for (let j = word; j < n; j++) out[j] = HOMOGLYPH.get(out[j]!) ?? out[j]!;
      cyr = lat = false;
      pendingSpace = n > 0;
      continue;
    }
    if (pendingSpace) {
      out[n++] = SPACE;
      pendingSpace = false;
    }
    if (n === 0 || out[n - 1] === SPACE) word = n;
    const d = c === YO ? YE : isApostrophe(c) ? APOSTROPHE : c;
    if (isCyrillic(d)) cyr = true;
    else if (isLatin(d)) lat = true;
    out[n++] = d;
  }
  let s = "";
  for (let i = 0; i < n; i += 8192)
    s += String.fromCharCode.apply(null, out.subarray(i, Math.min(n, i + 8192)) as unknown as number[]);
  return s;
}

const LETTER_RE = /^\p{L}$/u;
const MARK_RE = /^\p{M}$/u;

// Character classes for the tokeniser, filled in as characters are first seen (a text uses a few
// dozen): 0 unknown, 1 letter, 2 mark, 3 other. Code points beyond the BMP ask the regexes.
const LETTER = 1;
const MARK = 2;
const OTHER = 3;
const classes = new Uint8Array(0x10000);
function classOf(cp: number): number {
  if (cp < 0x10000) {
    const known = classes[cp]!;
    if (known !== 0) return known;
  }
  const ch = String.fromCodePoint(cp);
  const cls = LETTER_RE.test(ch) ? LETTER : MARK_RE.test(ch) ? MARK : OTHER;
  if (cp < 0x10000) classes[cp] = cls;
  return cls;
}

/** The code point at i (a surrogate pair read as one, as the u-flag regex reads it). */
function codePointAt(t: string, i: number): number {
  const c = t.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= t.length) return c;
  const d = t.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000 : c;
}

/**
 * Word tokens of an already normalised text (numbers and punctuation dropped): a letter of any script
 * followed by letters, marks and apostrophes (the 2017 Latin Kazakh alphabet's): the matches of the
 * regular expression [\p{L}][\p{L}\p{M}']* (u flag), found by a character loop.
 */
export function tokenize(normalised: string): string[] {
  const words: string[] = [];
  const t = normalised;
  let i = 0;
  while (i < t.length) {
    let cp = codePointAt(t, i);
    if (classOf(cp) !== LETTER) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    i += cp > 0xffff ? 2 : 1;
    while (i < t.length) {
      cp = codePointAt(t, i);
      if (cp !== APOSTROPHE && classOf(cp) === OTHER) break;
      i += cp > 0xffff ? 2 : 1;
    }
    words.push(t.slice(start, i));
  }
  return words;
}

/** Letters only, words joined by single spaces: the form duplicate detection compares. */
export function canonicalForDuplicates(normalised: string): string {
  return tokenize(normalised).join(" ");
}
