import { describe, expect, it } from "vitest";
import { clusterItems } from "./cluster-topics.ts";
import { clusterAgreement, stemSimilarity } from "./cluster-measures.ts";
import { contentStems, prepareText } from "./prepare-text.ts";
import {
  alignPrevious,
  clusterKey,
  nameTopics,
  resolveKey,
  UNCLUSTERED_KEY,
  type StoredTopic,
} from "./topic-catalog.ts";

// Short real-looking appeals of one quarter (§14): three problems in Russian and Kazakh, with the
// importers' redaction placeholders in some of them.
const TEXTS = [
  "Мусор на газоне возле дома, просьба убрать мусор [ЖСН/ИИН]",
  "Мусор во дворе не вывозят, уберите мусор",
  "Газон завален мусором, уберите мусор с газона",
  "Мусор на газоне у парадной, тел. [тел.]",
  "Снег на дороге не убран, дорога в снегу",
  "Снег на тротуаре и дороге не убирают",
  "Дорога не очищена от снега, снег лежит неделю",
  "Снег на дороге, проехать нельзя",
  "Жолда қар тазаланбаған, жол қарға толы",
  "Жолдағы қарды тазалаңыздар, жол жабылған",
  "Жолда қар көп, жол тазаланбайды",
  "Қар жолды басып қалды, жол тайғақ",
  "XXXX",
];
const items = TEXTS.map((text, i) => ({
  id: String(i + 1),
  terms: contentStems(prepareText(text)),
  duplicateOf: null as string | null,
}));

describe("clusterItems (§14: topics from the body's own quarter)", () => {
  it("separates the problems, is deterministic, and every item lands in exactly one cluster", () => {
    const a = clusterItems(items, { k: 3, minClusterSize: 2 });
    const b = clusterItems(items, { k: 3, minClusterSize: 2 });
    expect(a).toEqual(b);
    const ids = a.flatMap((c) => c.itemIds).sort();
    expect(ids).toEqual(items.map((it) => it.id).sort());
    const gold = new Map(
      items.map((it, i) => [it.id, i < 4 ? "litter" : i < 8 ? "snow-ru" : i < 12 ? "snow-kk" : "none"]),
    );
    expect(
      clusterAgreement(
        a.map((c) => c.itemIds),
        gold,
      ).purity,
    ).toBeGreaterThanOrEqual(0.9);
  });

  it("labels with surface words and never with a redaction placeholder", () => {
    const words = clusterItems(items, { k: 3, minClusterSize: 2 }).flatMap((c) => [...c.words.kk, ...c.words.ru]);
    expect(words).toContain("мусор");
    for (const w of words) expect(w).not.toMatch(/^(жсн|иин|тел|x+|х+)$/u);
  });

  it("puts a campaign duplicate with its root and keeps it out of the centroids", () => {
    const withCopies = [
      ...items,
      ...Array.from({ length: 30 }, (_, n) => ({ ...items[0]!, id: `d${n}`, duplicateOf: "1" })),
    ];
    const clusters = clusterItems(withCopies, { k: 3, minClusterSize: 2 });
    const home = clusters.find((c) => c.itemIds.includes("1"))!;
    expect(home.itemIds.filter((id) => id.startsWith("d"))).toHaveLength(30);
  });

  it("computes purity and NMI: identical partitions give 1, a single group gives NMI 0", () => {
    const gold = new Map([
      ["a", "x"],
      ["b", "x"],
      ["c", "y"],
      ["d", "y"],
    ]);
    expect(
      clusterAgreement(
        [
          ["a", "b"],
          ["c", "d"],
        ],
        gold,
      ),
    ).toEqual({ purity: 1, nmi: 1, n: 4 });
    expect(clusterAgreement([["a", "b", "c", "d"]], gold).nmi).toBe(0);
  });

  it("stemSimilarity weighs the first stems most", () => {
    expect(stemSimilarity(["a", "b"], ["a", "b"])).toBeCloseTo(1);
    expect(stemSimilarity(["a", "b", "c"], ["a", "x", "y"])).toBeGreaterThan(
      stemSimilarity(["a", "b", "c"], ["x", "y", "c"]),
    );
    expect(stemSimilarity([], ["a"])).toBe(0);
  });
});

describe("nameTopics (§14/§17: the officer's topics kept from quarter to quarter)", () => {
  const clusters = clusterItems(items, { k: 3, minClusterSize: 2 });
  const facts = new Map(
    items.map((it) => [it.id, { category: "other" as const, sentiment: "negative" as const, duplicateOf: null }]),
  );
  const litter = clusters.find((c) => c.itemIds.includes("1"))!;
  const snowRu = clusters.find((c) => c.itemIds.includes("5"))!;

  it("labels an unnamed cluster by its words, keyed by its stems", () => {
    const topics = nameTopics(clusters, [], facts);
    const t = topics.find((x) => x.itemIds.includes("1"))!;
    expect(t.key).toBe(clusterKey(litter.stems));
    expect(t.label.ru).toContain("мусор");
    expect(topics.reduce((a, x) => a + x.size, 0)).toBe(items.length);
  });

  it("finds a named topic again by similar stems and shows its name", () => {
    const name = { kk: "Қоқыс", ru: "Мусор во дворах", en: "Litter in yards" };
    const stored: StoredTopic[] = [{ key: "t:old", name, stems: litter.stems.slice(0, 4), mergedInto: null }];
    const t = nameTopics(clusters, stored, facts).find((x) => x.itemIds.includes("1"))!;
    expect(t.key).toBe("t:old");
    expect(t.label).toEqual(name);
    expect(t.named).toBe(true);
  });

  it("shows a merged topic once, under the topic it was merged into", () => {
    const name = { kk: "Қар", ru: "Снег", en: "Snow" };
    const stored: StoredTopic[] = [
      { key: "snow", name, stems: snowRu.stems, mergedInto: null },
      { key: clusterKey(litter.stems), name: null, stems: litter.stems, mergedInto: "snow" },
    ];
    const topics = nameTopics(clusters, stored, facts);
    expect(topics.filter((t) => t.key === "snow")).toHaveLength(1);
    const snow = topics.find((t) => t.key === "snow")!;
    expect(snow.itemIds).toEqual(expect.arrayContaining(["1", "5"]));
    expect(new Set(topics.map((t) => t.key)).size).toBe(topics.length);
  });

  it("resolves merge chains and stops on a cycle", () => {
    const byKey = new Map<string, StoredTopic>([
      ["a", { key: "a", name: null, stems: [], mergedInto: "b" }],
      ["b", { key: "b", name: null, stems: [], mergedInto: "c" }],
      ["c", { key: "c", name: null, stems: [], mergedInto: "a" }],
    ]);
    expect(["a", "b", "c"]).toContain(resolveKey("a", byKey));
    expect(resolveKey("z", byKey)).toBe("z");
  });

  it("never matches the unclustered group and re-keys a similar previous topic for its trend", () => {
    const topics = nameTopics(clusters, [], facts);
    expect(topics.some((t) => t.key === UNCLUSTERED_KEY)).toBe(true);
    const prev = topics.map((t) => ({ ...t, key: `${t.key}-old` }));
    const aligned = alignPrevious(prev, topics);
    const litterKey = clusterKey(litter.stems);
    expect(aligned.some((t) => t.key === litterKey)).toBe(true);
  });
});
