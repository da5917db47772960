/**
 * Local executive bodies (§1): the akimats of the 17 regions and of the three cities of
 * republican significance. Code `akimat-<region code>`.
 */
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
