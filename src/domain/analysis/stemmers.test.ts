import { describe, expect, it } from "vitest";
import { stemKazakh } from "./stem-kazakh.ts";
import { stemRussian } from "./stem-snowball.ts";
import { latinKazakhToCyrillic } from "./transliterate.ts";

// Each row: inflected forms of one root (plural, possessive, case, predicative endings) and the one
// stem they must all reach — what topic grouping and the classifiers rely on.
describe("Kazakh suffix-stripping stemmer: word lists", () => {
  it.each([
    {
      stem: "жол",
      forms: [
        "жол",
        "жолы",
        "жолдар",
        "жолдардың",
        "жолға",
        "жолда",
        "жолдан",
        "жолын",
        "жолымыз",
        "жолдарымыздың",
        "жолына",
      ],
    },
    {
      stem: "мектеп",
      forms: ["мектеп", "мектептер", "мектепке", "мектептің", "мектебі", "мектептерде", "мектептен", "мектебіміз"],
    },
    {
      stem: "аурухана",
      forms: ["аурухана", "ауруханаға", "ауруханалардың", "ауруханада", "ауруханасы", "ауруханадан", "аурухананы"],
    },
    { stem: "тариф", forms: ["тариф", "тарифтер", "тарифтердің", "тарифтерді", "тарифке", "тарифі"] },
    { stem: "көше", forms: ["көше", "көшеде", "көшесіндегі", "көшелерді", "көшесіне", "көшелер"] },
    { stem: "бала", forms: ["бала", "балалар", "балаларымыздың", "балаға", "балаларға", "баласы"] },
    { stem: "үй", forms: ["үй", "үйлер", "үйлерімен", "үйге", "үйде", "үйіміз"] },
    { stem: "су", forms: ["су", "суды", "суға", "судың"] },
    { stem: "автобус", forms: ["автобус", "автобустар", "автобустың", "автобуста", "автобусқа"] },
    { stem: "аялдама", forms: ["аялдама", "аялдамада", "аялдамалар", "аялдамаға"] },
    { stem: "сұрай", forms: ["сұраймыз", "сұраймын"] },
  ])("all forms of $stem reduce to «$stem»", ({ stem, forms }) => {
    for (const form of forms) expect([form, stemKazakh(form)]).toEqual([form, stem]);
  });

  // Roots that end like a suffix must survive, and different words must stay apart.
  it.each([
    ["жылу", "жылу"], // heating: -у is derivational and kept, so it does not become "жыл" (year)
    ["жыл", "жыл"],
    ["ақша", "ақша"], // -ша is not stripped (көше would lose its root)
    ["дала", "дала"],
    ["ел", "ел"],
  ])("keeps the root of %s", (word, stem) => {
    expect(stemKazakh(word)).toBe(stem);
  });
});

describe("Russian Snowball stemmer", () => {
  it.each([
    { stem: "дорог", forms: ["дорога", "дороги", "дорогу", "дорогами", "дорогах"] },
    { stem: "школ", forms: ["школа", "школы", "школе", "школами"] },
    { stem: "тариф", forms: ["тариф", "тарифы", "тарифов", "тарифами"] },
  ])("conflates forms of $stem", ({ stem, forms }) => {
    for (const form of forms) expect(stemRussian(form)).toBe(stem);
  });
});

describe("Latin-script Kazakh → Cyrillic", () => {
  it.each([
    ["Rahmet, jol jóndeldi", "рахмет, жол жөнделді"], // 2018 acute alphabet
    ["Qazaqstan", "қазақстан"],
    ["Mektepke qosymsha synyp kerek", "мектепке қосымша сынып керек"],
    ["Aýrýhanada dárigerler jetispeıdi", "ауруханада дәрігерлер жетіспейді"], // ı after a vowel is й
    ["bolady", "болады"], // y after a consonant is ы
    ["Äli ğana salynbady", "әлі ғана салынбады"], // 2021 alphabet
    ["Suraımyz, ystyq sý joq", "сураймыз, ыстық су жоқ"],
    ["zhol zhok, shyny kerek", "жол жок, шыны керек"], // chat spelling (zh, sh); chat k cannot tell к from қ
    ["ayaq", "аяқ"],
    ["o'zgeris", "өзгеріс"], // 2017 apostrophe alphabet
    ["Ақтау қаласы", "ақтау қаласы"], // Cyrillic passes through
  ])("%s → %s", (latin, cyrillic) => {
    expect(latinKazakhToCyrillic(latin)).toBe(cyrillic);
  });
});
