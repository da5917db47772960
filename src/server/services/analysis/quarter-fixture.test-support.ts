/**
 * A quarter of feedback for tests of the analysis: kk and ru appeals on a few problems, social
 * comments, thanks, two portal items, and a 20-letter form campaign; plus a previous quarter.
 */
import type { AppContext } from "../../context.ts";
import type { NewFeedbackItem } from "../../repositories/feedback-item.repository.ts";
import { createItems } from "../../../../test/factories.ts";

const at = (date: string) => new Date(`${date}T10:00:00+05:00`);
const appeal = (text: string, date: string, lang: "kk" | "ru"): Partial<NewFeedbackItem> => ({
  channel: "appeal",
  kind: "appeal",
  text,
  lang,
  receivedAt: at(date),
});
const social = (text: string, date: string, lang: "kk" | "ru"): Partial<NewFeedbackItem> => ({
  channel: "social_media",
  kind: "social_comment",
  text,
  lang,
  receivedAt: at(date),
});

export const ROADS = [
  appeal("Прошу отремонтировать дорогу на улице Абая, ямы не ремонтируют три года.", "2025-01-09", "ru"),
  appeal("На дороге по улице Толе би огромные ямы, машины ломаются каждый день.", "2025-01-15", "ru"),
  appeal("Ямы на дорогах в нашем микрорайоне, ремонт не делают, это ужасно.", "2025-02-04", "ru"),
  appeal("Жолда шұңқырлар көп, жөндеу керек, көліктер бұзылып жатыр.", "2025-02-11", "kk"),
  appeal("Көшедегі жол өте нашар, шұңқырлар толып кетті, жөндеңіздер.", "2025-02-20", "kk"),
  appeal("Ауылға баратын жолда шұңқырлар көп, қауіпті.", "2025-03-03", "kk"),
];

const LETTER = (n: number, name: string) =>
  `Мы, жители дома ${n} по улице Сатпаева, категорически против вырубки сквера и строительства парковки. Просим сохранить сквер и провести общественные слушания. ${name}`;
const SIGNATORIES = [
  "Ерлан С.",
  "Айгуль К.",
  "Марат Б.",
  "Светлана П.",
  "Дина Ж.",
  "Асхат Н.",
  "Ольга М.",
  "Бауыржан Т.",
  "Гульнара А.",
  "Игорь В.",
  "Сауле Е.",
  "Нурлан Д.",
  "Татьяна Р.",
  "Жанар О.",
  "Руслан Х.",
  "Айжан У.",
  "Виктор Л.",
  "Камила И.",
  "Даурен Ш.",
  "Елена Г.",
];
export const CAMPAIGN = SIGNATORIES.map((name, i) =>
  appeal(LETTER(10 + (i % 5), name), `2025-03-${String(10 + (i % 10)).padStart(2, "0")}`, "ru"),
);

export const OTHERS = [
  social("Тариф на электроэнергию снова вырос, пенсионерам платить нечем.", "2025-01-20", "ru"),
  social("Жылу тарифі тым қымбат, зейнеткерлер төлей алмай жүр.", "2025-02-12", "kk"),
  appeal("Әкімдікке көп рахмет, көшемізге жаңа асфальт төселді!", "2025-02-25", "kk"),
  appeal("Спасибо за быстрый ремонт освещения во дворе.", "2025-03-05", "ru"),
  appeal("Мектепте орын жетіспейді, балалар үш ауысыммен оқиды.", "2025-01-28", "kk"),
  appeal("В поликлинике очереди к терапевту по две недели.", "2025-03-25", "ru"),
];

const PORTAL = [
  {
    channel: "legal_acts_portal" as const,
    kind: "remark" as const,
    text: "4-тармақтағы мерзімді 30 күнге ұзарту керек",
    lang: "kk" as const,
    receivedAt: at("2025-02-01"),
  },
  {
    channel: "legal_acts_portal" as const,
    kind: "comment" as const,
    text: "Жоба дұрыс, қолдаймын",
    lang: "kk" as const,
    receivedAt: at("2025-02-02"),
  },
];

export const PREVIOUS = [
  appeal("Тариф на отопление вырос вдвое, это несправедливо.", "2024-11-05", "ru"),
  appeal("Жылу мен суға тариф қымбаттады, халық наразы.", "2024-11-20", "kk"),
  appeal("Тарифы за воду растут каждый месяц, просим проверить.", "2024-12-02", "ru"),
];

export async function seedQuarter(ctx: AppContext, bodyId: string) {
  const roads = await createItems(ctx, bodyId, ROADS);
  const campaign = await createItems(ctx, bodyId, CAMPAIGN);
  const others = await createItems(ctx, bodyId, OTHERS);
  const portal = await createItems(ctx, bodyId, PORTAL);
  const previous = await createItems(ctx, bodyId, PREVIOUS);
  return { roads, campaign, others, portal, previous };
}
