/**
 * normaliseText and tokenize are character loops for speed; their specification is the regular
 * expressions they replaced (kept here), and random texts over the characters that matter must come
 * out identical.
 */
import { describe, expect, it } from "vitest";
import { normaliseText, tokenize } from "./normalise.ts";
import { createRng } from "../random.ts";

const HOMOGLYPH: Record<string, string> = {
  a: "а",
  e: "е",
  o: "о",
  p: "р",
  c: "с",
  x: "х",
  y: "у",
  k: "к",
  m: "м",
  h: "һ",
  i: "і",
  t: "т",
  b: "в",
};

function normaliseByRegex(text: string): string {
  let t = text.normalize("NFC").toLowerCase().replace(/ё/gu, "е");
  t = t
    .replace(/\b(?:https?:\/\/|www\.)\S+/giu, " ")
    .replace(/\b[\w.+-]+@[\w-]+\.[\w.-]+\b/gu, " ")
    .replace(/(?<![\p{L}\d_])[@#][a-z0-9_]+/gu, " ")
    .replace(/\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|ru|kz|org|net|be|co|me|io|ly|gl|su|info)\/\S*/gu, " ")
    .replace(/\+?\d[\d\s()-]{8,}\d/gu, " ");
  t = t.replace(/[\u2019\u02bc\u2018`´]/gu, "'");
  const fix = (word: string) => {
    if (!/[\u0400-\u04ff]/u.test(word) || !/[a-z]/u.test(word)) return word;
    let out = "";
    for (const ch of word) out += HOMOGLYPH[ch] ?? ch;
    return out;
  };
  return t
    .replace(/[^\s]+/gu, fix)
    .replace(/\s+/gu, " ")
    .trim();
}

// Letters of both scripts, look-alikes, digits, phone and URL punctuation, every kind of
// whitespace JavaScript knows (and U+180E, which it no longer counts), apostrophes, combining marks.
const ALPHABET = [
  ..."aeopcxykmhitbqzAEOPKHTЁёЕеАаОоРрСсКкМмТтВвҚқӘәІіЖжЩщ0123456789+-()./:@_'`´’ʼ‘!?,№",
  " ",
  "  ",
  "\t",
  "\n",
  "\r",
  "\v",
  "\f",
  "\u00a0",
  "\u1680",
  "\u180e",
  "\u2000",
  "\u2005",
  "\u200a",
  "\u200b",
  "\u2028",
  "\u2029",
  "\u202f",
  "\u205f",
  "\u3000",
  "\ufeff",
  "\u0301",
  "\u0306",
  "\u0308",
  "ſ",
  "K",
  "İ",
  "Σ",
  "😀",
  "http://",
  "https://",
  "www.",
  "HTTP://",
  "httpſ://",
  "x@y.kz",
  "@user_1",
  "#tag",
  "t.co/x",
  "youtu.be/",
  "+7 701 123 45 67",
  "8(727)2-34-56-78",
  "1 2 3 4 5 6 7 8 9 0",
];

describe("normaliseText equals its regular-expression specification", () => {
  it.each([
    "",
    "   ",
    "Ёлка",
    "тeлeфoн и cлoвo",
    "see https://example.com/x?y=1 and www.test.kz ok",
    "mail a.b+c@mail.ru.",
    "+7 (701) 123-45-67 звоните",
    "qazaq’ tili `ok´ ʼx ‘y",
    "cafe\u0301 Ⅻ ﬁne",
    "\u00a0nbsp\u2003em\u2028ls\ttab\n",
    "дом 12, кв 3",
  ])("%j", (text) => {
    expect(normaliseText(text)).toBe(normaliseByRegex(text));
  });

  it("on 20,000 random texts", () => {
    const r = createRng(17);
    for (let k = 0; k < 20_000; k++) {
      let text = "";
      const length = Math.floor(r() * 40);
      for (let i = 0; i < length; i++) text += ALPHABET[Math.floor(r() * ALPHABET.length)];
      if (normaliseText(text) !== normaliseByRegex(text)) expect(normaliseText(text)).toBe(normaliseByRegex(text));
    }
  });
});

describe("tokenize equals its regular expression", () => {
  const byRegex = (t: string) => t.match(/[\p{L}][\p{L}\p{M}']*/gu) ?? [];
  // scripts, marks, apostrophes, digits, astral letters and symbols, lone surrogates
  const CHARS = [
    ..."abqzабқәіё'’-_.,!1 \t",
    "\u0301",
    "\u0483",
    "\u0488",
    "\u064b",
    "ß",
    "ǅ",
    "Σ",
    "中",
    "ا",
    "𝒜",
    "😀",
    "\ud835",
    "\udc9c",
    "\u00ad",
    "\u200d",
  ];
  it("on 20,000 random texts", () => {
    const r = createRng(29);
    for (let k = 0; k < 20_000; k++) {
      let text = "";
      const length = Math.floor(r() * 30);
      for (let i = 0; i < length; i++) text += CHARS[Math.floor(r() * CHARS.length)];
      if (tokenize(text).join("|") !== byRegex(text).join("|")) expect(tokenize(text)).toEqual(byRegex(text));
    }
  });
});
