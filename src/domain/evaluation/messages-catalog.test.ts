import { describe, expect, it } from "vitest";
import { LOCALES } from "../../i18n/index.ts";
import { evaluationMessages } from "../../i18n/messages/evaluation.ts";
import { BANDS } from "./bands.ts";
import { ZERO_REASONS } from "./open-access.ts";
import { SUBMISSION_ERROR_CODES } from "./validate-submission.ts";

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("evaluation message catalog (kk, ru, en)", () => {
  const enKeys = Object.keys(evaluationMessages.en).sort();

  it.each(LOCALES)("%s has exactly the English keys", (locale) => {
    expect(Object.keys(evaluationMessages[locale]).sort()).toEqual(enKeys);
  });

  it.each(LOCALES)("%s has no empty or untrimmed messages", (locale) => {
    for (const [key, text] of Object.entries(evaluationMessages[locale])) {
      expect(text.trim(), `${locale}:${key}`).not.toBe("");
      expect(text, `${locale}:${key}`).toBe(text.trim());
    }
  });

  it.each(["kk", "ru"] as const)("%s uses the same placeholders as en in every message", (locale) => {
    for (const key of enKeys) {
      const k = key as keyof typeof evaluationMessages.en;
      expect(placeholders(evaluationMessages[locale][k]), `${locale}:${key}`).toEqual(
        placeholders(evaluationMessages.en[k]),
      );
    }
  });

  it("covers every band, zero reason and error code the domain can emit", () => {
    const needed = [
      ...BANDS.map((b) => `band.${b}`),
      ...ZERO_REASONS.map((z) => `zero.${z}`),
      ...SUBMISSION_ERROR_CODES.map((c) => `error.${c}`),
      "error.figuresInconsistent",
    ];
    for (const key of needed) expect(enKeys, key).toContain(key);
  });

  it("Kazakh messages are written in Kazakh letters, not Russian fallbacks", () => {
    const kk = Object.values(evaluationMessages.kk).join(" ");
    expect(kk).toMatch(/[әғқңөұүһі]/);
    expect(evaluationMessages.kk["band.high"]).not.toBe(evaluationMessages.ru["band.high"]);
  });
});
