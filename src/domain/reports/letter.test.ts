import { describe, expect, it } from "vitest";
import { REPORT_KINDS } from "./document.ts";
import { ADDRESSEE, buildLetter } from "./letter.ts";

const body = {
  nameKk: "Қазақстан Республикасы Қаржы министрлігі",
  nameRu: "Министерство финансов Республики Казахстан",
  nameEn: "Ministry of Finance",
  website: "https://www.gov.kz/memleket/entities/minfin",
};
const executor = { name: "Серікқызы Әлия", email: "a@minfin.gov.kz" };

describe("the addressee of each document (the order)", () => {
  it.each([
    ["submission", "kk", ["Қазақстан Республикасының Мәдениет және ақпарат министрлігіне"]], // §20: on the authorised body's request
    ["submission", "ru", ["В Министерство культуры и информации Республики Казахстан"]],
    ["discussion", "kk", ["Қазақстан Республикасы Қаржы министрлігі", "бірінші басшысына"]], // §7, §11 → §15
    ["quarterly", "ru", ["Первому руководителю", "Министерство финансов Республики Казахстан"]], // §14, §15
    ["results", "kk", ["Қазақстан Республикасы Қаржы министрлігі", "бірінші басшысына"]], // §16
    ["topics", "kk", ["Қазақстан Республикасы Қаржы министрлігі", "бірінші басшысына"]], // §17
    ["council", "kk", ["Қазақстан Республикасы Қаржы министрлігі", "жанындағы қоғамдық кеңеске"]], // §12
    ["evaluation", "kk", ["Бағаланған мемлекеттік органдардың бірінші басшыларына"]], // §20–§23
  ] as const)("%s (%s) → %j", (kind, locale, addressee) => {
    expect(buildLetter({ kind, locale, body, executor, title: "T" }).addressee).toEqual(addressee);
  });

  it("has an addressee for every kind of document", () => {
    for (const kind of REPORT_KINDS) expect(ADDRESSEE[kind]).toBeDefined();
  });
});

describe("the letter frame", () => {
  it("carries the body's names in both languages, its requisites, blank number and date, signature and executor", () => {
    const letter = buildLetter({ kind: "submission", locale: "kk", body, executor, title: "T" });
    expect(letter.sender).toEqual({ kk: body.nameKk, ru: body.nameRu });
    expect(letter.requisites).toEqual(["Интернет-ресурс: https://www.gov.kz/memleket/entities/minfin"]);
    expect(letter.outgoing).toEqual({ number: "№ ______________", date: "«____» ________________ 20____ ж." });
    expect(letter.signature).toEqual({ position: "Басшы", name: "______________________" });
    expect(letter.executor).toEqual(["Орынд.: Серікқызы Әлия", "Тел.: ______________", "Эл. пошта: a@minfin.gov.kz"]);
  });

  it("sends the evaluation results on the authorised body's letterhead, not the evaluated body's", () => {
    const letter = buildLetter({ kind: "evaluation", locale: "ru", body: null, executor, title: "T" });
    expect(letter.sender).toEqual({
      kk: "Қазақстан Республикасының Мәдениет және ақпарат министрлігі",
      ru: "Министерство культуры и информации Республики Казахстан",
    });
    expect(letter.requisites).toEqual([]);
    expect(letter.executor[0]).toBe("Исп.: Серікқызы Әлия");
  });

  it("names the head and the executor's phone when they are known", () => {
    const letter = buildLetter({
      kind: "topics",
      locale: "ru",
      body,
      head: { name: "А. Б. Иванов", position: "Министр" },
      executor: { ...executor, phone: "+7 7172 00 00 00" },
      title: "T",
    });
    expect(letter.signature).toEqual({ position: "Министр", name: "А. Б. Иванов" });
    expect(letter.executor[1]).toBe("Тел.: +7 7172 00 00 00");
  });

  const requisites = {
    ...body,
    address: "010000, Астана қ., Жеңіс даңғылы, 11",
    phone: "+7 7172 71 77 77",
    email: "kense@minfin.gov.kz",
    bin: "020540000010",
  };

  it("prints every requisite the body has, in the letter's language", () => {
    expect(buildLetter({ kind: "quarterly", locale: "kk", body: requisites, executor, title: "T" }).requisites).toEqual(
      [
        "Мекенжайы: 010000, Астана қ., Жеңіс даңғылы, 11",
        "Тел.: +7 7172 71 77 77",
        "Эл. пошта: kense@minfin.gov.kz",
        "Интернет-ресурс: https://www.gov.kz/memleket/entities/minfin",
        "БСН 020540000010",
      ],
    );
    expect(
      buildLetter({ kind: "quarterly", locale: "en", body: requisites, executor, title: "T" }).requisites.at(-1),
    ).toBe("BIN 020540000010");
  });

  it("leaves out a requisite the body has not set, and prints none without a body", () => {
    expect(
      buildLetter({
        kind: "results",
        locale: "ru",
        body: { ...requisites, phone: null, address: "" },
        executor,
        title: "T",
      }).requisites,
    ).toEqual([
      "Эл. почта: kense@minfin.gov.kz",
      "Интернет-ресурс: https://www.gov.kz/memleket/entities/minfin",
      "БИН 020540000010",
    ]);
    expect(buildLetter({ kind: "submission", locale: "kk", body: null, executor, title: "T" }).requisites).toEqual([]);
  });

  it("keeps the evaluated body's requisites off the authorised body's evaluation letter (§20–§23)", () => {
    expect(
      buildLetter({ kind: "evaluation", locale: "kk", body: requisites, executor, title: "T" }).requisites,
    ).toEqual([]);
  });

  it("leaves a blank line for the signature name and the executor's phone when they are not known", () => {
    const letter = buildLetter({
      kind: "results",
      locale: "ru",
      body: requisites,
      head: { name: "  " },
      executor: { name: "Серікқызы Әлия" },
      title: "T",
    });
    expect(letter.signature).toEqual({ position: "Руководитель", name: "______________________" });
    expect(letter.executor).toEqual(["Исп.: Серікқызы Әлия", "Тел.: ______________"]);
  });
});
