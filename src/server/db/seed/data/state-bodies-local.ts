/**
 * Local executive bodies (§1): the akimats of the 17 regions and of the three cities of
 * republican significance (code `akimat-<region code>`), and below them (parentCode) every district
 * and city-of-regional-significance akimat of the regions and the district akimats of the three
 * cities (code `akimat-<region code>-<place>`, listed in lower-akimats.tsv). The lower akimats are
 * local executive bodies too, so in §1's scope; whether the ministry evaluates them is its choice
 * (`evaluated`, seeded false: a round asks them for §20 figures only once an administrator turns it
 * on). Later changes go through the dated registry (POST /api/admin/bodies with the parent).
 */
import { readFileSync } from "node:fs";
import type { BodySeed } from "./state-bodies.ts";

const AKIMATS: ReadonlyArray<readonly [regionCode: string, kk: string, ru: string, en: string]> = [
  ["astana", "Астана қаласының әкімдігі", "Акимат города Астаны", "Akimat of Astana city"],
  ["almaty", "Алматы қаласының әкімдігі", "Акимат города Алматы", "Akimat of Almaty city"],
  ["shymkent", "Шымкент қаласының әкімдігі", "Акимат города Шымкента", "Akimat of Shymkent city"],
  ["abai", "Абай облысының әкімдігі", "Акимат области Абай", "Akimat of Abai region"],
  ["akmola", "Ақмола облысының әкімдігі", "Акимат Акмолинской области", "Akimat of Akmola region"],
  ["aktobe", "Ақтөбе облысының әкімдігі", "Акимат Актюбинской области", "Akimat of Aktobe region"],
  ["almaty-region", "Алматы облысының әкімдігі", "Акимат Алматинской области", "Akimat of Almaty region"],
  ["atyrau", "Атырау облысының әкімдігі", "Акимат Атырауской области", "Akimat of Atyrau region"],
  [
    "east-kazakhstan",
    "Шығыс Қазақстан облысының әкімдігі",
    "Акимат Восточно-Казахстанской области",
    "Akimat of East Kazakhstan region",
  ],
  ["jambyl", "Жамбыл облысының әкімдігі", "Акимат Жамбылской области", "Akimat of Jambyl region"],
  ["jetisu", "Жетісу облысының әкімдігі", "Акимат области Жетісу", "Akimat of Jetisu region"],
  ["karaganda", "Қарағанды облысының әкімдігі", "Акимат Карагандинской области", "Akimat of Karaganda region"],
  ["kostanay", "Қостанай облысының әкімдігі", "Акимат Костанайской области", "Akimat of Kostanay region"],
  ["kyzylorda", "Қызылорда облысының әкімдігі", "Акимат Кызылординской области", "Akimat of Kyzylorda region"],
  ["mangystau", "Маңғыстау облысының әкімдігі", "Акимат Мангистауской области", "Akimat of Mangystau region"],
  [
    "north-kazakhstan",
    "Солтүстік Қазақстан облысының әкімдігі",
    "Акимат Северо-Казахстанской области",
    "Akimat of North Kazakhstan region",
  ],
  ["pavlodar", "Павлодар облысының әкімдігі", "Акимат Павлодарской области", "Akimat of Pavlodar region"],
  ["turkistan", "Түркістан облысының әкімдігі", "Акимат Туркестанской области", "Akimat of Turkistan region"],
  ["ulytau", "Ұлытау облысының әкімдігі", "Акимат области Улытау", "Akimat of Ulytau region"],
  [
    "west-kazakhstan",
    "Батыс Қазақстан облысының әкімдігі",
    "Акимат Западно-Казахстанской области",
    "Akimat of West Kazakhstan region",
  ],
];

export const LOCAL_BODIES: readonly BodySeed[] = AKIMATS.map(([regionCode, nameKk, nameRu, nameEn]) => ({
  code: `akimat-${regionCode}`,
  nameKk,
  nameRu,
  nameEn,
  kind: "local",
  regionCode,
  inScope: true,
  exclusionReason: null,
}));

/** A lower akimat's place in the administrative-territorial division (lower-akimats.tsv). */
export type LowerAkimatLevel = "city-district" | "city" | "district";

export interface LowerAkimat extends BodySeed {
  level: LowerAkimatLevel;
}

const LEVELS: ReadonlySet<string> = new Set<LowerAkimatLevel>(["city-district", "city", "district"]);

/**
 * The list is data an official checks, not code: it lives in lower-akimats.tsv (its header says
 * what it is based on). A malformed line stops the seed rather than seeding a half-read registry.
 */
export function parseLowerAkimats(text: string): LowerAkimat[] {
  // Numbered before comments and blank lines are dropped, so an error names the file's own line.
  const lines = text
    .split(/\r?\n/)
    .map((line, i) => ({ line, number: i + 1 }))
    .filter(({ line }) => line.trim() !== "" && !line.startsWith("#"));
  const [header, ...rows] = lines;
  if (header?.line !== "region\tplace\tlevel\tname_kk\tname_ru\tname_en")
    throw new Error(`lower-akimats.tsv: unexpected header "${header?.line}"`);
  return rows.map(({ line, number }) => {
    const cells = line.split("\t").map((c) => c.trim());
    const [regionCode, place, level, nameKk, nameRu, nameEn] = cells;
    if (cells.length !== 6 || !regionCode || !place || !level || !nameKk || !nameRu || !nameEn || !LEVELS.has(level))
      throw new Error(`lower-akimats.tsv: line ${number} is malformed: ${line}`);
    return {
      code: `akimat-${regionCode}-${place}`,
      nameKk,
      nameRu,
      nameEn,
      kind: "local",
      regionCode,
      inScope: true,
      exclusionReason: null,
      evaluated: false,
      parentCode: `akimat-${regionCode}`,
      level: level as LowerAkimatLevel,
    };
  });
}

export const LOWER_AKIMATS: readonly LowerAkimat[] = parseLowerAkimats(
  readFileSync(new URL("./lower-akimats.tsv", import.meta.url), "utf8"),
);

export const DISTRICT_BODIES: readonly BodySeed[] = LOWER_AKIMATS.map(({ level: _level, ...body }) => body);
