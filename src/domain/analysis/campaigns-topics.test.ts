import { describe, expect, it } from "vitest";
import { CampaignGrouper } from "./minhash.ts";
import { prepareText, contentStems } from "./prepare-text.ts";
import { createAnalyser } from "./analyse-items.ts";
import { groupTopics, proposeConferenceTopics, trackTopics, type TopicItem } from "./topics.ts";
import type { TopicCategory } from "./training/dataset.ts";

const LETTER =
  "Мы, жители дома 15 по улице Сатпаева, категорически против вырубки сквера и строительства парковки. Просим сохранить сквер и провести общественные слушания.";

// Small edits a campaign's signatories make: name, house number, a word added or dropped, punctuation.
const EDITS: ((s: string) => string)[] = [
  (s) => s,
  (s) => s.replace("15", "17"),
  (s) => s + " Ерлан Сәрсенов",
  (s) => s.replace("категорически ", ""),
  (s) => s.replace(/,/g, "").toUpperCase(),
  (s) => s.replace("Просим", "Очень просим"),
  (s) => s.replace("парковки", "автопарковки"),
];

describe("campaign grouping (MinHash/LSH): duplicates are grouped and counted, never dropped", () => {
  it("groups a form-letter campaign with small edits under its first item and keeps other items apart", () => {
    const g = new CampaignGrouper();
    const canonical = (t: string) => prepareText(t).canonical;
    const results = EDITS.map((edit, i) => g.add(`c${i}`, canonical(edit(LETTER))));
    const other = g.add("x1", canonical("Автобус №37 ходит раз в сорок минут, утром невозможно уехать на работу."));
    const other2 = g.add(
      "x2",
      canonical("Мы, жители дома 3 по улице Абая, просим отремонтировать крышу и подъезд, течёт уже год."),
    );
    expect(results[0]).toEqual({ duplicateOf: null, similarity: 0, exact: false });
    for (const r of results.slice(1)) expect(r.duplicateOf).toBe("c0");
    expect(results[4]!.exact).toBe(true); // punctuation and case do not count as edits
    expect(results[1]!.similarity).toBeGreaterThanOrEqual(0.6);
    expect(other.duplicateOf).toBeNull();
    expect(other2.duplicateOf).toBeNull();
    expect(g.groups()).toEqual([{ rootId: "c0", size: EDITS.length }]);
  });

  it("groups identical short texts only when identical", () => {
    const g = new CampaignGrouper();
    expect(g.add("a", "спасибо").duplicateOf).toBeNull();
    expect(g.add("b", "спасибо").duplicateOf).toBe("a");
    expect(g.add("c", "спасибо большое").duplicateOf).toBeNull();
  });

  it("the analyser reports every member with duplicateOf and the group size", () => {
    const a = createAnalyser();
    const out = EDITS.map((e, i) => a.analyse(`m${i}`, e(LETTER)));
    expect(out.map((o) => o.duplicateOf)).toEqual([null, "m0", "m0", "m0", "m0", "m0", "m0"]);
    expect(out.every((o) => o.lang === "ru")).toBe(true);
    expect(a.campaigns()).toEqual([{ rootId: "m0", size: 7 }]);
  });
});

function item(
  id: string,
  category: TopicCategory,
  text: string,
  sentiment: TopicItem["sentiment"] = "negative",
  duplicateOf: string | null = null,
): TopicItem {
  return { id, category, terms: contentStems(prepareText(text)), sentiment, duplicateOf };
}

describe("topics of a quarter (§14, §17)", () => {
  const q2 = [
    item("1", "roads", "Ямы на дороге по улице Абая, ямы везде"),
    item("2", "roads", "Огромные ямы на дороге возле школы"),
    item("3", "roads", "Ямы на дорогах, машины ломаются"),
    item("4", "roads", "Жолда шұңқырлар көп, жөндеу керек"),
    item("5", "roads", "Шұңқырлар көп, көлік бұзылады"),
    item("6", "roads", "Жолдағы шұңқырлар қауіпті"),
    item("7", "roads", "Нет освещения на дороге"),
    item("8", "tariffs", "Тариф на свет вырос", "negative"),
    item("9", "tariffs", "Тариф на свет вырос", "negative", "8"),
    item("10", "other", "Спасибо за ответ", "positive"),
  ];

  it("groups items by category, splits a large category around its distinctive stem, labels in each language", () => {
    const topics = groupTopics(q2);
    const keys = topics.map((t) => t.key);
    expect(keys).toEqual(["roads/дорог", "roads/шұңқыр", "tariffs", "other"]);
    expect(topics[0]!.itemIds).toEqual(["1", "2", "3", "7"]);
    expect(topics[0]!.label.ru).toBe("Дороги: дороге, ямы, абая");
    const kkPits = topics.find((t) => t.key === "roads/шұңқыр")!;
    expect(kkPits.itemIds).toEqual(["4", "5", "6"]);
    expect(kkPits.label.kk.startsWith("Жолдар: шұңқырлар")).toBe(true);
    const tariffs = topics.find((t) => t.key === "tariffs")!;
    // a duplicate counts in the size (every item is a received item) and not in `distinct`
    expect([tariffs.size, tariffs.distinct]).toEqual([2, 1]);
    expect(topics.reduce((a, t) => a + t.size, 0)).toBe(q2.length);
  });

  it("tracks topics across quarters: new, growing, fading", () => {
    const q1 = groupTopics([
      item("a", "tariffs", "Тариф вырос"),
      item("b", "tariffs", "Тарифы растут"),
      item("c", "health", "Нет врачей"),
      item("d", "health", "Очередь в поликлинике"),
      item("e", "roads", "Нет освещения на дороге"),
    ]);
    const trends = trackTopics(q1, groupTopics(q2));
    const status = Object.fromEntries(trends.map((t) => [t.key, t.status]));
    expect(status["roads/шұңқыр"]).toBe("new");
    expect(status["tariffs"]).toBe("fading"); // 2 of 5 items before, 2 of 10 now
    expect(status["health"]).toBe("fading"); // gone this quarter
    expect(status["roads"]).toBe("fading"); // last quarter's general roads topic is now split into sub-topics
    expect(status["roads/дорог"]).toBe("new");
  });

  it("proposes a §17 list of conference topics without «other», most pressing first", () => {
    const list = proposeConferenceTopics(groupTopics(q2), [], 3);
    expect(list).toHaveLength(3);
    expect(list.every((t) => !t.key.startsWith("other"))).toBe(true);
    expect(list[0]!.title.ru).toMatch(/^Интернет-конференция \/ опрос по теме «Дороги/);
    expect(list[0]!.title.kk).toContain("интернет-конференция");
  });
});

describe("redaction placeholders are never topic terms (issue 16)", () => {
  it.each([
    "Менің [ЖСН/ИИН] бойынша жәрдемақы тоқтатылды, хабарласыңыз [тел.]",
    "Мой ИИН ************, пособие не начисляют, телефон +7 *** *** ** 67, [тел.]",
    "XXXX XXXX просит убрать мусор во дворе дома XXXX",
  ])("%s", (text) => {
    const words = contentStems(prepareText(text)).map((t) => t.word);
    expect(words.length).toBeGreaterThan(0);
    for (const w of words) expect(["жсн", "иин", "тел", "xxxx"]).not.toContain(w);
  });
});
