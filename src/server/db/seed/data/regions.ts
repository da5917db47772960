/**
 * The 20 first-level units of Kazakhstan (since 2022): 17 regions (облыс) and the three cities of
 * republican significance. Codes are stable identifiers used by bodies, appeals and reports.
 */
export interface RegionSeed {
  code: string;
  kind: "region" | "city";
  nameKk: string;
  nameRu: string;
  nameEn: string;
}

export const REGIONS: readonly RegionSeed[] = [
  { code: "astana", kind: "city", nameKk: "Астана қаласы", nameRu: "город Астана", nameEn: "Astana city" },
  { code: "almaty", kind: "city", nameKk: "Алматы қаласы", nameRu: "город Алматы", nameEn: "Almaty city" },
  { code: "shymkent", kind: "city", nameKk: "Шымкент қаласы", nameRu: "город Шымкент", nameEn: "Shymkent city" },
  { code: "abai", kind: "region", nameKk: "Абай облысы", nameRu: "область Абай", nameEn: "Abai region" },
  { code: "akmola", kind: "region", nameKk: "Ақмола облысы", nameRu: "Акмолинская область", nameEn: "Akmola region" },
  { code: "aktobe", kind: "region", nameKk: "Ақтөбе облысы", nameRu: "Актюбинская область", nameEn: "Aktobe region" },
  {
    code: "almaty-region",
    kind: "region",
    nameKk: "Алматы облысы",
    nameRu: "Алматинская область",
    nameEn: "Almaty region",
  },
  { code: "atyrau", kind: "region", nameKk: "Атырау облысы", nameRu: "Атырауская область", nameEn: "Atyrau region" },
  {
    code: "east-kazakhstan",
    kind: "region",
    nameKk: "Шығыс Қазақстан облысы",
    nameRu: "Восточно-Казахстанская область",
    nameEn: "East Kazakhstan region",
  },
  { code: "jambyl", kind: "region", nameKk: "Жамбыл облысы", nameRu: "Жамбылская область", nameEn: "Jambyl region" },
  { code: "jetisu", kind: "region", nameKk: "Жетісу облысы", nameRu: "область Жетісу", nameEn: "Jetisu region" },
  {
    code: "karaganda",
    kind: "region",
    nameKk: "Қарағанды облысы",
    nameRu: "Карагандинская область",
    nameEn: "Karaganda region",
  },
  {
    code: "kostanay",
    kind: "region",
    nameKk: "Қостанай облысы",
    nameRu: "Костанайская область",
    nameEn: "Kostanay region",
  },
  {
    code: "kyzylorda",
    kind: "region",
    nameKk: "Қызылорда облысы",
    nameRu: "Кызылординская область",
    nameEn: "Kyzylorda region",
  },
  {
    code: "mangystau",
    kind: "region",
    nameKk: "Маңғыстау облысы",
    nameRu: "Мангистауская область",
    nameEn: "Mangystau region",
  },
  {
    code: "north-kazakhstan",
    kind: "region",
    nameKk: "Солтүстік Қазақстан облысы",
    nameRu: "Северо-Казахстанская область",
    nameEn: "North Kazakhstan region",
  },
  {
    code: "pavlodar",
    kind: "region",
    nameKk: "Павлодар облысы",
    nameRu: "Павлодарская область",
    nameEn: "Pavlodar region",
  },
  {
    code: "turkistan",
    kind: "region",
    nameKk: "Түркістан облысы",
    nameRu: "Туркестанская область",
    nameEn: "Turkistan region",
  },
  { code: "ulytau", kind: "region", nameKk: "Ұлытау облысы", nameRu: "область Улытау", nameEn: "Ulytau region" },
  {
    code: "west-kazakhstan",
    kind: "region",
    nameKk: "Батыс Қазақстан облысы",
    nameRu: "Западно-Казахстанская область",
    nameEn: "West Kazakhstan region",
  },
];
