/**
 * Local executive bodies (§1): the akimats of the 17 regions and of the three cities of
 * republican significance (code `akimat-<region code>`), and below them (parentCode) the akimats
 * of the districts of those three cities and of the 17 regional centres (code
 * `akimat-<region code>-<place>`). The lower akimats are local executive bodies too, so in §1's
 * scope; whether the ministry evaluates them is its choice (`evaluated`, seeded false: a round asks
 * them for §20 figures only once an administrator turns it on). The other districts and cities of
 * regional significance are added through the registry (POST /api/admin/bodies with the parent).
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

/** The districts of the three cities of republican significance: [city region, place, kk, ru, en]. */
const CITY_DISTRICTS: ReadonlyArray<readonly [string, string, string, string, string]> = [
  ["astana", "almaty-district", "Алматы", "района Алматы", "Almaty district"],
  ["astana", "baikonur", "Байқоңыр", "района Байконур", "Baikonur district"],
  ["astana", "yesil", "Есіл", "района Есиль", "Yesil district"],
  ["astana", "saryarka", "Сарыарқа", "района Сарыарка", "Saryarka district"],
  ["astana", "nura", "Нұра", "района Нура", "Nura district"],
  ["almaty", "alatau", "Алатау", "Алатауского района", "Alatau district"],
  ["almaty", "almaly", "Алмалы", "Алмалинского района", "Almaly district"],
  ["almaty", "auezov", "Әуезов", "Ауэзовского района", "Auezov district"],
  ["almaty", "bostandyk", "Бостандық", "Бостандыкского района", "Bostandyk district"],
  ["almaty", "zhetysu", "Жетісу", "Жетысуского района", "Zhetysu district"],
  ["almaty", "medeu", "Медеу", "Медеуского района", "Medeu district"],
  ["almaty", "nauryzbay", "Наурызбай", "Наурызбайского района", "Nauryzbay district"],
  ["almaty", "turksib", "Түрксіб", "Турксибского района", "Turksib district"],
  ["shymkent", "abai", "Абай", "Абайского района", "Abai district"],
  ["shymkent", "al-farabi", "Әл-Фараби", "Аль-Фарабийского района", "Al-Farabi district"],
  ["shymkent", "enbekshi", "Еңбекші", "Енбекшинского района", "Enbekshi district"],
  ["shymkent", "karatau", "Қаратау", "Каратауского района", "Karatau district"],
  ["shymkent", "turan", "Тұран", "Туранского района", "Turan district"],
];

const CITY_KK: Record<string, string> = { astana: "Астана", almaty: "Алматы", shymkent: "Шымкент" };
const CITY_RU: Record<string, string> = { astana: "Астаны", almaty: "Алматы", shymkent: "Шымкента" };
const CITY_EN: Record<string, string> = { astana: "Astana", almaty: "Almaty", shymkent: "Shymkent" };

/** The regional centres (cities of regional significance): [region, place, kk, ru (genitive), en]. */
const REGIONAL_CENTRES: ReadonlyArray<readonly [string, string, string, string, string]> = [
  ["abai", "semey", "Семей", "Семей", "Semey"],
  ["akmola", "kokshetau", "Көкшетау", "Кокшетау", "Kokshetau"],
  ["aktobe", "aktobe", "Ақтөбе", "Актобе", "Aktobe"],
  ["almaty-region", "konaev", "Қонаев", "Конаев", "Konaev"],
  ["atyrau", "atyrau", "Атырау", "Атырау", "Atyrau"],
  ["east-kazakhstan", "oskemen", "Өскемен", "Усть-Каменогорска", "Oskemen"],
  ["jambyl", "taraz", "Тараз", "Тараз", "Taraz"],
  ["jetisu", "taldykorgan", "Талдықорған", "Талдыкоргана", "Taldykorgan"],
  ["karaganda", "karaganda", "Қарағанды", "Караганды", "Karaganda"],
  ["kostanay", "kostanay", "Қостанай", "Костаная", "Kostanay"],
  ["kyzylorda", "kyzylorda", "Қызылорда", "Кызылорды", "Kyzylorda"],
  ["mangystau", "aktau", "Ақтау", "Актау", "Aktau"],
  ["north-kazakhstan", "petropavl", "Петропавл", "Петропавловска", "Petropavl"],
  ["pavlodar", "pavlodar", "Павлодар", "Павлодара", "Pavlodar"],
  ["turkistan", "turkistan", "Түркістан", "Туркестана", "Turkistan"],
  ["ulytau", "zhezkazgan", "Жезқазған", "Жезказгана", "Zhezkazgan"],
  ["west-kazakhstan", "oral", "Орал", "Уральска", "Oral"],
];

const lower = (regionCode: string, place: string, nameKk: string, nameRu: string, nameEn: string): BodySeed => ({
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
});

export const DISTRICT_BODIES: readonly BodySeed[] = [
  ...CITY_DISTRICTS.map(([city, place, kk, ru, en]) =>
    lower(
      city,
      place,
      `${CITY_KK[city]} қаласы ${kk} ауданының әкімдігі`,
      `Акимат ${ru} города ${CITY_RU[city]}`,
      `Akimat of ${en}, ${CITY_EN[city]} city`,
    ),
  ),
  ...REGIONAL_CENTRES.map(([region, place, kk, ru, en]) =>
    lower(region, place, `${kk} қаласының әкімдігі`, `Акимат города ${ru}`, `Akimat of ${en} city`),
  ),
];
