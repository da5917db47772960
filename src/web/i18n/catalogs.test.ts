/** Every key the UI asks for exists in all three catalogs (kk first), and no translation is left empty. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { en } from "./en.ts";
import { kk } from "./kk.ts";
import { ru } from "./ru.ts";

const WEB = fileURLToPath(new URL("..", import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return /\.tsx?$/.test(name) && !name.endsWith(".test.ts") ? [full] : [];
  });
}

describe("web UI catalogs", () => {
  const code = sources(WEB)
    .map((f) => readFileSync(f, "utf8"))
    .join("\n");

  it("has every literal key used by the UI in kk, ru and en", () => {
    const used = new Set([...code.matchAll(/\bt\("([\w.]+)"/g)].map((m) => m[1]!));
    expect(used.size).toBeGreaterThan(150);
    for (const catalog of [kk, ru, en]) {
      const missing = [...used].filter((k) => !(k in catalog));
      expect(missing).toEqual([]);
    }
  });

  it("has keys for every value of the enumerations the UI renders by prefix", () => {
    const prefixes = new Set([...code.matchAll(/\bt\(`([a-zA-Z]+)\.\$\{/g)].map((m) => m[1]!));
    for (const prefix of prefixes)
      expect(
        Object.keys(en).some((k) => k.startsWith(`${prefix}.`)),
        prefix,
      ).toBe(true);
    for (const key of [
      "channel.legal_acts_portal",
      "kind.social_comment",
      "status.unanswered",
      "band.ineffective",
      "role.body_head",
      "bodyKind.presidential",
    ]) {
      expect(kk[key as keyof typeof kk]).toBeTruthy();
    }
  });

  it("has the same keys in the three languages and no empty text", () => {
    expect(Object.keys(kk).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(ru).sort()).toEqual(Object.keys(en).sort());
    for (const catalog of [kk, ru, en]) expect(Object.entries(catalog).filter(([, v]) => !v.trim())).toEqual([]);
    // Kazakh is the default language: its texts really are Kazakh, not copies of the Russian.
    // Loanwords spelled alike in both languages are the only allowed matches.
    const loanwords = new Set([
      "round.tabRanking",
      "mediaKind.briefing",
      "dialogueKind.internet_conference",
      "monitoring.account",
      "monitoring.platform",
    ]);
    const same = Object.keys(kk).filter(
      (k) =>
        !loanwords.has(k) &&
        kk[k as keyof typeof kk] === ru[k as keyof typeof ru] &&
        /[а-яё]{4}/i.test(kk[k as keyof typeof kk]),
    );
    expect(same).toEqual([]);
  });
});
