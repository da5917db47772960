import { describe, expect, it } from "vitest";
import { rankTopicCandidates, topicsToAdd, type TopicCandidate } from "./conference-topics.ts";

const topic = (key: string, distinct: number, negativeShare: number, category = key): TopicCandidate => ({
  key,
  category,
  label: { kk: key, ru: key, en: key },
  size: distinct,
  distinct,
  negativeShare,
});

describe("§17 list of topics from the problems of appeals and social comments", () => {
  it.each([
    {
      name: "more distinct appeals first, weighted by negative share",
      topics: [topic("taxes", 10, 0.2), topic("roads", 6, 0.5), topic("tariffs", 4, 0)],
      expected: ["taxes", "roads", "tariffs"],
    },
    {
      name: "'other' is not a topic (§17 asks for problems)",
      topics: [topic("x", 50, 1, "other"), topic("taxes", 1, 0)],
      expected: ["taxes"],
    },
    { name: "an empty topic is not proposed", topics: [topic("taxes", 0, 0)], expected: [] },
    { name: "ties by key, so the list is stable", topics: [topic("b", 2, 0), topic("a", 2, 0)], expected: ["a", "b"] },
  ])("$name", ({ topics, expected }) => {
    expect(rankTopicCandidates(topics).map((t) => t.key)).toEqual(expected);
  });

  it("keeps at most ten topics", () => {
    const many = Array.from({ length: 14 }, (_, i) => topic(`t${String(i).padStart(2, "0")}`, 14 - i, 0));
    expect(rankTopicCandidates(many)).toHaveLength(10);
  });

  it("a rebuild adds only topics the body's list never held (removed and renamed ones stand)", () => {
    const candidates = [topic("taxes", 3, 0), topic("roads", 2, 0), topic("tariffs", 1, 0)];
    expect(topicsToAdd(new Set(["taxes", "roads"]), candidates).map((t) => t.key)).toEqual(["tariffs"]);
  });
});
