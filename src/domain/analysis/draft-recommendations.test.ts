import { describe, expect, it } from "vitest";
import { LOCALES } from "../../i18n/index.ts";
import { analysisMessages } from "../../i18n/messages/analysis.ts";
import type { Topic } from "./index.ts";
import { draftRecommendations, kzDate, LARGE_CAMPAIGN } from "./draft-recommendations.ts";

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const topic = (key: string, category: Topic["category"], size: number, negativeShare: number): Topic => ({
  key,
  category,
  size,
  distinct: size,
  negativeShare,
  itemIds: [],
  terms: { kk: [], ru: [], en: [] },
  label: { kk: `${key} kk`, ru: `${key} ru`, en: `${key} en` },
});

describe("analysis messages and draft recommendations", () => {
  it.each(LOCALES)("%s has the English keys and placeholders", (locale) => {
    expect(Object.keys(analysisMessages[locale]).sort()).toEqual(Object.keys(analysisMessages.en).sort());
    for (const [key, text] of Object.entries(analysisMessages.en)) {
      expect(
        placeholders(analysisMessages[locale][key as keyof typeof analysisMessages.en]),
        `${locale}:${key}`,
      ).toEqual(placeholders(text));
    }
  });

  it("drafts one line per negative problem topic, most negative items first, and one per large campaign", () => {
    const topics = [
      topic("roads", "roads", 10, 0.9),
      topic("tariffs", "tariffs", 30, 0.5),
      topic("health", "health", 20, 0.2),
      topic("other", "other", 50, 1),
      topic("education", "education", 1, 1),
    ];
    const trends = [
      {
        key: "roads",
        label: topics[0]!.label,
        status: "growing" as const,
        size: 10,
        previousSize: 2,
        share: 0.1,
        previousShare: 0.02,
      },
    ];
    const out = draftRecommendations(topics, trends, [
      { rootItemId: 7, size: 25, firstReceivedAt: new Date("2025-03-09T20:00:00Z") },
      { rootItemId: 8, size: 3, firstReceivedAt: new Date() },
    ]);
    expect(out.map((r) => r.key)).toEqual(["topic:tariffs", "topic:roads", "campaign:7"]);
    expect(out[0]!.text.ru).toBe(
      "«tariffs ru»: за квартал 30 обращений и комментариев, из них 50% негативных. Рекомендуется выявить причины и подготовить меры; рассмотреть запуск нового проекта или инициативы либо корректировку реализуемого (п. 14).",
    );
    expect(out[1]!.text.en).toContain("90% of them negative; the topic is growing compared with the previous quarter.");
    expect(out[2]!.text.kk).toContain("25 ұқсас хаттан");
    expect(out[2]!.text.kk).toContain("10.03.2025"); // 01:00 on 10 March in Astana
    expect(kzDate(new Date("2025-12-31T19:00:00Z"))).toBe("01.01.2026");
  });

  // §14: recommendations come from the quarter's problems — a topic of at least two items, at least
  // half negative, not "other"; a mass campaign of at least LARGE_CAMPAIGN letters.
  it.each([
    ["half negative is enough", topic("roads", "roads", 4, 0.5), 1],
    ["just under half is not", topic("roads", "roads", 4, 0.49), 0],
    ["one item is no topic", topic("roads", "roads", 1, 1), 0],
    ["'other' is no problem area", topic("other", "other", 40, 1), 0],
  ])("§14 topic threshold: %s", (_why, t, drafted) => {
    expect(draftRecommendations([t], [], [])).toHaveLength(drafted);
  });

  it.each([
    [LARGE_CAMPAIGN - 1, 0],
    [LARGE_CAMPAIGN, 1],
  ])("§14 campaign threshold: %i letters → %i lines", (size, drafted) => {
    expect(
      draftRecommendations([], [], [{ rootItemId: 1, size, firstReceivedAt: new Date("2025-02-01T06:00:00Z") }]),
    ).toHaveLength(drafted);
  });
});
