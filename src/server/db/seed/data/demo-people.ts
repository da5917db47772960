/**
 * Invented appellants for the demo's appeals: names, IINs (well-formed, with a valid check digit,
 * but generated — none belongs to anyone), phones, e-mails and addresses, so the item drawer shows
 * masked personal data and the audited reveal. A separate seeded generator keeps the rest of the
 * demo unchanged.
 */
import { isValidIin } from "../../../../domain/privacy/redact-text.ts";
import { createRng } from "./demo-texts.ts";

const GIVEN = [
  "Айгерім",
  "Нұрлан",
  "Динара",
  "Ерлан",
  "Гүлмира",
  "Асқар",
  "Жанар",
  "Бауыржан",
  "Сәуле",
  "Мейрам",
  "Ольга",
  "Сергей",
];
const FAMILY = [
  "Сейітқалиев",
  "Жұмабаева",
  "Омаров",
  "Тоқтарова",
  "Байғожин",
  "Әбенова",
  "Құрманов",
  "Иванова",
  "Ким",
  "Нұрпейісова",
];
const PLACES = [
  "Астана қ., Сарыарқа ауданы",
  "Алматы қ., Әуезов ауданы",
  "Шымкент қ., Абай ауданы",
  "Қарағанды қ., Бұқар жырау даңғылы",
  "Ақтөбе қ., Абылай хан даңғылы",
];

export interface DemoPerson {
  fullName: string;
  iin: string;
  phone: string;
  email: string;
  address: string;
}

export function demoPeople(seed = 2024_14): () => DemoPerson {
  const rng = createRng(seed);
  const digit = () => Math.floor(rng() * 10);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rng() * list.length)]!;
  const iin = (): string => {
    for (;;) {
      const birth = `${60 + Math.floor(rng() * 40)}${String(1 + Math.floor(rng() * 12)).padStart(2, "0")}${String(1 + Math.floor(rng() * 28)).padStart(2, "0")}`;
      const head = `${birth}${3 + Math.floor(rng() * 2)}${digit()}${digit()}${digit()}${digit()}`;
      // The check digit that makes it well-formed (a few prefixes have none: draw again).
      const check = [...Array(10).keys()].find((d) => isValidIin(`${head}${d}`));
      if (check !== undefined) return `${head}${check}`;
    }
  };
  return () => {
    const given = pick(GIVEN);
    return {
      fullName: `${pick(FAMILY)} ${given}`,
      iin: iin(),
      phone: `+7 70${digit()} ${digit()}${digit()}${digit()} ${digit()}${digit()} ${digit()}${digit()}`,
      email: `${translit(given)}.${Math.floor(rng() * 900 + 100)}@example.kz`,
      address: `${pick(PLACES)}, ${1 + Math.floor(rng() * 120)}-үй, ${1 + Math.floor(rng() * 200)}-пәтер`,
    };
  };
}

const LATIN: Record<string, string> = {
  а: "a",
  ә: "a",
  б: "b",
  в: "v",
  г: "g",
  ғ: "g",
  д: "d",
  е: "e",
  ж: "zh",
  з: "z",
  и: "i",
  й: "i",
  к: "k",
  қ: "q",
  л: "l",
  м: "m",
  н: "n",
  ң: "n",
  о: "o",
  ө: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ұ: "u",
  ү: "u",
  ф: "f",
  х: "h",
  һ: "h",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "sh",
  ы: "y",
  і: "i",
  э: "e",
  ю: "iu",
  я: "ia",
  ь: "",
  ъ: "",
};
const translit = (s: string) => Array.from(s.toLowerCase(), (c) => LATIN[c] ?? c).join("");
