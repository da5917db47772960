import { describe, expect, it } from "vitest";
import { REGIONS } from "./regions.ts";
import { STATE_BODIES } from "./state-bodies.ts";
import { LOWER_AKIMATS, parseLowerAkimats } from "./state-bodies-local.ts";

// §1: every district and city-of-regional-significance akimat of the 17 regions and the district
// akimats of Astana, Almaty and Shymkent (administrative-territorial division as of 2024).
// [region, districts (аудан), cities of regional significance, districts of a city of republican significance]
const EXPECTED: ReadonlyArray<readonly [string, number, number, number]> = [
  ["astana", 0, 0, 6],
  ["almaty", 0, 0, 8],
  ["shymkent", 0, 0, 5],
  ["abai", 10, 2, 0],
  ["akmola", 17, 3, 0],
  ["aktobe", 12, 1, 0],
  ["almaty-region", 9, 1, 0],
  ["atyrau", 7, 1, 0],
  ["east-kazakhstan", 10, 2, 0],
  ["jambyl", 10, 1, 0],
  ["jetisu", 8, 2, 0],
  ["karaganda", 7, 6, 0],
  ["kostanay", 16, 4, 0],
  ["kyzylorda", 7, 1, 0],
  ["mangystau", 5, 2, 0],
  ["north-kazakhstan", 13, 1, 0],
  ["pavlodar", 10, 3, 0],
  ["turkistan", 14, 3, 0],
  ["ulytau", 2, 3, 0],
  ["west-kazakhstan", 12, 1, 0],
];

// Kazakh in Cyrillic (the 42 letters, with the Russian ones), never Latin; spaces and hyphens join words.
const KAZAKH_CYRILLIC = /^[А-ЯЁа-яёӘәҒғҚқҢңӨөҰұҮүҺһІі]+(?:[ -][А-ЯЁа-яёӘәҒғҚқҢңӨөҰұҮүҺһІі]+)*$/u;

describe("the lower akimats of the registry (lower-akimats.tsv)", () => {
  it("lists, per region, its districts, its cities of regional significance and the cities' districts", () => {
    expect(new Set(EXPECTED.map(([region]) => region))).toEqual(new Set(REGIONS.map((r) => r.code)));
    for (const [region, districts, cities, cityDistricts] of EXPECTED) {
      const of = (level: string) => LOWER_AKIMATS.filter((a) => a.regionCode === region && a.level === level).length;
      expect([region, of("district"), of("city"), of("city-district")]).toEqual([
        region,
        districts,
        cities,
        cityDistricts,
      ]);
    }
    expect(LOWER_AKIMATS).toHaveLength(225);
  });

  it("hangs every akimat under the seeded akimat of its region or city, in scope and not evaluated", () => {
    const byCode = new Map(STATE_BODIES.map((b) => [b.code, b]));
    expect(byCode.size).toBe(STATE_BODIES.length); // codes are unique across the registry
    for (const a of LOWER_AKIMATS) {
      const parent = byCode.get(a.parentCode ?? "");
      expect(parent, a.code).toMatchObject({ kind: "local", regionCode: a.regionCode });
      expect(parent?.parentCode).toBeUndefined();
      expect([a.inScope, a.evaluated, byCode.get(a.code)?.nameKk]).toEqual([true, false, a.nameKk]);
    }
  });

  it("keeps names unique within a parent in every language", () => {
    for (const lang of ["nameKk", "nameRu", "nameEn"] as const) {
      const seen = new Set(LOWER_AKIMATS.map((a) => `${a.parentCode}|${a[lang]}`));
      expect([lang, seen.size]).toEqual([lang, LOWER_AKIMATS.length]);
    }
  });

  it("writes Kazakh names in Kazakh Cyrillic, as the akimat of a district or city", () => {
    const notCyrillic = LOWER_AKIMATS.filter((a) => !KAZAKH_CYRILLIC.test(a.nameKk)).map((a) => a.nameKk);
    expect(notCyrillic).toEqual([]);
    for (const a of LOWER_AKIMATS) {
      expect(a.nameKk, a.code).toMatch(a.level === "city" ? /қаласының әкімдігі$/ : /(ауданының|аудан) әкімдігі$/);
      expect(a.nameRu, a.code).toMatch(/^Акимат /);
      expect(a.nameRu, a.code).not.toMatch(/[A-Za-z]/);
      expect(a.nameEn, a.code).toMatch(/^Akimat of [A-Za-z ,-]+$/);
    }
    // Kazakh-only letters are where the official spelling has them.
    const kk = new Map(LOWER_AKIMATS.map((a) => [a.code, a.nameKk]));
    expect(kk.get("akimat-almaty-auezov")).toBe("Алматы қаласы Әуезов ауданының әкімдігі");
    expect(kk.get("akimat-east-kazakhstan-oskemen")).toBe("Өскемен қаласының әкімдігі");
    expect(kk.get("akimat-turkistan-tulkibas")).toBe("Түркістан облысы Түлкібас ауданының әкімдігі");
  });

  it("refuses a malformed file instead of seeding half of it", () => {
    const header = "region\tplace\tlevel\tname_kk\tname_ru\tname_en";
    expect(() => parseLowerAkimats("region\tplace\n")).toThrow(/unexpected header/);
    expect(() => parseLowerAkimats(`${header}\nabai\tx\tvillage\tа\tб\tc\n`)).toThrow(/malformed/);
    expect(() => parseLowerAkimats(`${header}\nabai\tx\tcity\tа\tб\n`)).toThrow(/malformed/);
    // The file's own line number, comments and blank lines counted.
    expect(() => parseLowerAkimats(`# source\n\n${header}\nabai\tx\tcity\tа\tб\n`)).toThrow(/line 4 is malformed/);
    expect(parseLowerAkimats(`# note\n${header}\n\nabai\tx\tcity\tА\tБ\tC\n`)).toMatchObject([
      { code: "akimat-abai-x", parentCode: "akimat-abai", level: "city", evaluated: false },
    ]);
  });
});
