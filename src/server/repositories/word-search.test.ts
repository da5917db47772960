/**
 * The inbox's word search (issue 12, migration 0023) on both engines, over real texts: Kazakh
 * reviews from KazSAnDRA (/work/shared/data/kazsandra, dev split) and sentences from the language-id
 * set (/work/shared/data/ud-langid: UD Russian, KazNERD Kazakh). Each searched word matches the
 * beginning of a word of the item, case-insensitively, so Kazakh and Russian endings are found;
 * a fragment inside a word no longer is.
 */
import { beforeAll, expect, it } from "vitest";
import { describeEachEngine } from "../../../test/db.ts";
import { createBody, createItems, testContext } from "../../../test/factories.ts";
import { listFeedbackItems } from "./feedback-item.repository.ts";
import { SEARCH_COUNT_CAP, searchWords, wordPrefixQuery } from "./word-search.ts";

const TEXTS = [
  "Ойыншық өте сапалы және табиғи заттан жасалған.Берген тапсырысым тез келді. Қызымға ұнады.",
  "Коляска жақсы.Тапсырыс 14.04.22-де келу керек еді, ал ол 16.04.22-де кешігіп келді.",
  "Соска қатты екен, қызым мүлдем іше алмады. Маған ұнамды.\nДүкен 3 күнге жеткізіп салды тапсырысты.",
  "Сапасы өте керемет. Өзіме қатты ұнады.Барлығы супер, тауар да, жеткізу де.",
  "Сапасы жоғары. Жақсы.Жеткізу мерзімінен кейін келді.",
  "Диалог в музее города Тирасполя:",
  "рим город гнильною струею течет в овин",
  "Он работал в научном городке Иштыме, затерявшемся среди просторов сибирской тайги.",
  "Мектепке дейінгі мекеме 1 ай бұрын ашылыпты.",
  "Көбісі мектеп базасында.",
];

// [search text, the TEXTS it finds (by index)]
const CASES: [string, number[]][] = [
  ["тапсырыс", [0, 1, 2]], // kk endings -ым, -ты; capitalised after a full stop without a space
  ["ТАПСЫРЫС", [0, 1, 2]], // case-insensitive
  ["жеткізу", [3, 4]], // «жеткізіп» is another form whose beginning differs: not found
  ["город", [5, 6, 7]], // ru endings: города, городке
  ["мектеп", [8, 9]],
  ["берген", [0]], // a word glued to the previous sentence
  ["сапасы жақсы", [4]], // every word required, in any order
  ["ород", []], // a fragment inside a word: the trigram search found it, word search does not
  ["%", []], // no word at all: a substring match, nothing here
];

describeEachEngine("inbox word search", (engine) => {
  let bodyId = "";
  const ids: number[] = [];
  beforeAll(async () => {
    const ctx = testContext(engine.database);
    bodyId = (await createBody(ctx)).id;
    const rows = await createItems(
      ctx,
      bodyId,
      TEXTS.map((text) => ({ text })),
    );
    ids.push(...rows.map((r) => r.id));
  });

  it("counts a searched inbox up to SEARCH_COUNT_CAP", { timeout: 120_000 }, async () => {
    const ctx = testContext(engine.database);
    const other = (await createBody(ctx)).id;
    await createItems(
      ctx,
      other,
      Array.from({ length: SEARCH_COUNT_CAP + 5 }, (_, i) => ({ text: `Жол жөндеу керек ${i}` })),
    );
    const page = await listFeedbackItems(engine.database.db, { bodyId: other, q: "жол" }, { limit: 50, offset: 0 });
    expect(page.items).toHaveLength(50);
    expect([page.total, page.totalExact]).toEqual([SEARCH_COUNT_CAP, false]);
    const all = await listFeedbackItems(engine.database.db, { bodyId: other }, { limit: 50, offset: 0 });
    expect([all.total, all.totalExact]).toEqual([SEARCH_COUNT_CAP + 5, true]);
  });

  it.each(CASES)("«%s» finds the items it should", async (q, expected) => {
    const page = await listFeedbackItems(engine.database.db, { bodyId, q }, { limit: 50, offset: 0 });
    const found = page.items.map((i) => ids.indexOf(i.id)).sort((a, b) => a - b);
    expect(found).toEqual(expected);
    expect(page.total).toBe(expected.length);
  });
});

it("turns a search text into required word prefixes", () => {
  expect(searchWords("  тариф, жылу-су! 2025 ")).toEqual(["тариф", "жылу", "су", "2025"]);
  expect(wordPrefixQuery(["тариф", "жылу"])).toBe("'тариф':* & 'жылу':*");
  expect(searchWords("%_'")).toEqual([]);
});
