import { describe, expect, it } from "vitest";
import { ITEM_KINDS } from "../../enums.ts";
import {
  DEMO_INITIATIVE_TEMPLATES,
  createRng,
  generateFeedbackText,
  pickAcceptanceReference,
  pickAnswerText,
  pickRejectionReason,
  type TopicArea,
} from "./demo-texts.ts";

const KAZAKH_ONLY = /[әғқңөұүһі]/i;

describe("demo texts", () => {
  it("are deterministic for a seed and differ between seeds", () => {
    const draw = (seed: number) => {
      const rng = createRng(seed);
      return Array.from({ length: 5 }, () => rng());
    };
    expect(draw(172024)).toEqual(draw(172024));
    expect(draw(172024)).not.toEqual(draw(172025));
    for (const x of draw(1)) expect(x).toBeGreaterThanOrEqual(0), expect(x).toBeLessThan(1);
  });

  it("write every kind in Kazakh (with its own letters) and in Russian, with no unfilled slot", () => {
    const rng = createRng(7);
    const topics = [...new Set(DEMO_INITIATIVE_TEMPLATES.map((t) => t.topicArea))] as TopicArea[];
    const seen = new Set<string>();
    for (const topicArea of topics) {
      for (const kind of ITEM_KINDS) {
        const kk = generateFeedbackText(rng, { kind, lang: "kk", topicArea });
        const ru = generateFeedbackText(rng, { kind, lang: "ru", topicArea });
        expect(kk.lang).toBe("kk");
        expect(ru.lang).toBe("ru");
        expect(kk.text).not.toMatch(/[{}]/);
        expect(ru.text).not.toMatch(/[{}]/);
        seen.add(kk.text).add(ru.text);
      }
    }
    expect(seen.size).toBeGreaterThan(topics.length * ITEM_KINDS.length * 1.5);
    const kkRemarks = Array.from(
      { length: 20 },
      () => generateFeedbackText(rng, { kind: "remark", lang: "kk", topicArea: "roads" }).text,
    );
    expect(kkRemarks.every((t) => KAZAKH_ONLY.test(t))).toBe(true);
  });

  it("give §20.1 references that name a budget program for budget items and a clause for acts", () => {
    const rng = createRng(3);
    expect(pickAcceptanceReference(rng, "ru", "draft_budget_program")).toMatch(/бюджетной программы/);
    expect(pickAcceptanceReference(rng, "kk", "draft_legal_act")).toMatch(/тармағы/);
    expect(pickRejectionReason(rng, "kk").length).toBeGreaterThan(20);
    expect(pickAnswerText(rng, "ru")).toMatch(/\./);
  });
});
