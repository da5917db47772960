/**
 * `npm run bench -- analyze [--rows N]`: items per second per core for the text-analysis first pass
 * over a deterministic generated corpus of 1,000,000 items (kk, ru, Latin-script kk, en and mixed,
 * with 5% form-letter campaigns carrying small edits). Two analysis passes: the full one (language,
 * kind, appeal type, sentiment, topic and campaign grouping) and issue 4's scope (language, kind,
 * sentiment and campaign grouping). The reference pass in the same process only normalises and
 * tokenises the same texts, so the ratio says what the analysis costs on top of reading the words.
 * Single-threaded: the figures are per core.
 */
import { createAnalyser } from "../src/domain/analysis/analyse-items.ts";
import { normaliseText, tokenize } from "../src/domain/analysis/normalise.ts";
import { ENGLISH_LEXICON, KAZAKH_LEXICON, RUSSIAN_LEXICON } from "../src/domain/analysis/lexicon.ts";
import { createRng } from "../src/domain/random.ts";

// Free words drawn from the feedback lexicons make ordinary items distinct from one another, as real
// items are; only the campaigns are meant to be near-duplicates.
const WORDS = {
  ru: [...RUSSIAN_LEXICON],
  kk: [...KAZAKH_LEXICON],
  latn: ["jol", "mektep", "aýrýhana", "tarıf", "kerek", "joq", "qymbat", "jaqsy", "avtobýs", "sý", "jylý", "qala"],
  en: [...ENGLISH_LEXICON],
};
const words = (r: () => number, l: keyof typeof WORDS, n: number) =>
  Array.from({ length: n }, () => pick(r, WORDS[l])).join(" ");

const OPENERS = {
  ru: ["Прошу", "Просим", "Уважаемый аким,", "Жители дома", "Опять", "Спасибо,", "Предлагаю", "Почему"],
  kk: ["Сұраймыз,", "Құрметті әкім,", "Тұрғындар атынан", "Тағы да", "Рахмет,", "Ұсынамын:", "Неге"],
  latn: ["Suraımyz,", "Qurmetti akim,", "Rahmet,", "Usynamyn:"],
  en: ["Please", "Dear akim,", "Thank you,", "I propose"],
};
const BODIES = {
  ru: [
    "отремонтировать дорогу на улице",
    "нет горячей воды в доме на улице",
    "автобус не ходит вечером до улицы",
    "тариф на отопление вырос, а в квартире холодно на улице",
    "в школе на улице нет мест",
    "поликлиника на улице не принимает без записи",
    "мусор не вывозят во дворе на улице",
  ],
  kk: [
    "көшесіндегі жолды жөндеу керек",
    "көшесіндегі үйде ыстық су жоқ",
    "көшесіне кешке автобус жүрмейді",
    "жылу тарифі өсті, бірақ пәтер суық,",
    "көшесіндегі мектепте орын жоқ",
    "көшесіндегі емхана жазылусыз қабылдамайды",
    "көшесінде қоқыс әкетілмейді",
  ],
  latn: ["kóshesindegi joldy jóndeý kerek", "kóshesinde ystyq sý joq", "kóshesine keshke avtobýs júrmeıdi"],
  en: [
    "fix the road on the street",
    "there is no hot water on the street",
    "the bus does not run in the evening to the street",
  ],
};
const STREETS = [
  "Абая",
  "Сатпаева",
  "Толе би",
  "Жамбыла",
  "Райымбека",
  "Momyshuly",
  "Kunaev",
  "Гагарина",
  "Желтоксан",
  "Сейфуллина",
];
const TAILS = [
  "",
  " уже месяц",
  " три года",
  " екі айдан бері",
  " since winter",
  " срочно!",
  " рахмет",
  "?",
  " пожалуйста",
];

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

/** Item i of the corpus: the same text for the same i on every run. */
export function corpusItem(i: number): { id: string; text: string } {
  const r = createRng(i * 2654435761);
  const roll = r();
  if (roll < 0.05) {
    // one of 200 campaigns, with a changed name/house number
    const c = Math.floor(r() * 200);
    const cr = createRng(c + 7);
    return {
      id: `i${i}`,
      text: `Мы, жители дома ${Math.floor(cr() * 90) + 1} по улице ${pick(cr, STREETS)}, требуем остановить строительство на месте сквера и провести общественные слушания. ${pick(r, ["Айгерим", "Ержан", "Марат", "Ольга", "Сауле"])} ${Math.floor(r() * 100)}`,
    };
  }
  const lang = roll < 0.45 ? "ru" : roll < 0.82 ? "kk" : roll < 0.88 ? "latn" : roll < 0.94 ? "en" : "mixed";
  const street = pick(r, STREETS);
  const house = Math.floor(r() * 200);
  const n = 3 + Math.floor(r() * 8);
  if (lang === "mixed")
    return {
      id: `i${i}`,
      text: `${pick(r, OPENERS.kk)} ${street} ${pick(r, BODIES.kk)}, ${words(r, "kk", n)}, ${pick(r, BODIES.ru)} ${street} ${house}, ${words(r, "ru", n)}${pick(r, TAILS)}`,
    };
  const l = lang as keyof typeof OPENERS;
  const body = l === "ru" || l === "en" ? pick(r, BODIES[l]) + " " + street : street + " " + pick(r, BODIES[l]);
  return { id: `i${i}`, text: `${pick(r, OPENERS[l])} ${body} ${house}, ${words(r, l, n)}${pick(r, TAILS)}` };
}

interface Pass {
  name: string;
  run: (items: { id: string; text: string }[]) => void;
  ms: number;
  cpuMs: number;
}

export async function run(args: string[]): Promise<void> {
  const at = args.indexOf("--rows");
  const rows = at >= 0 ? Number(args[at + 1]) : 1_000_000;
  if (!Number.isInteger(rows) || rows <= 0) throw new Error("--rows must be a positive integer");
  const CHUNK = 10_000;
  const full = createAnalyser();
  // Issue 4's scope: language + kind + sentiment + duplicate grouping, no appeal or topic model.
  const scoped = createAnalyser({ tasks: ["kind", "sentiment"] });
  let words = 0;
  let duplicates = 0;
  let scopedDuplicates = 0;
  const passes: Pass[] = [
    {
      name: "reference: normalise + tokenise",
      ms: 0,
      cpuMs: 0,
      run: (items) => {
        for (const it of items) words += tokenize(normaliseText(it.text)).length;
      },
    },
    {
      name: "analysis: lang + kind + appeal + sentiment + topic + duplicates",
      ms: 0,
      cpuMs: 0,
      run: (items) => {
        for (const it of items) if (full.analyse(it.id, it.text).duplicateOf !== null) duplicates++;
      },
    },
    {
      name: "aim scope: lang + kind + sentiment + duplicates",
      ms: 0,
      cpuMs: 0,
      run: (items) => {
        for (const it of items) if (scoped.analyse(it.id, it.text).duplicateOf !== null) scopedDuplicates++;
      },
    },
  ];
  // CPU time as well as wall time: on a shared machine wall time counts other people's work,
  // CPU time of this process counts only ours (per core, since the passes are single-threaded).
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  // warm-up outside the timed region on items past the corpus (JIT; caches and indexes start cold
  // either way), with throw-away analysers so the timed ones see only the corpus
  const warm = Array.from({ length: 2000 }, (_, k) => corpusItem(rows + k));
  for (const it of warm) tokenize(normaliseText(it.text));
  for (const a of [createAnalyser(), createAnalyser({ tasks: ["kind", "sentiment"] })])
    for (const it of warm) a.analyse(it.id, it.text);
  for (let start = 0; start < rows; start += CHUNK) {
    const items = Array.from({ length: Math.min(CHUNK, rows - start) }, (_, k) => corpusItem(start + k));
    // passes interleave chunk by chunk, so a change in machine load falls on all of them alike
    for (const pass of passes) {
      const t = performance.now();
      const c = cpu();
      pass.run(items);
      pass.ms += performance.now() - t;
      pass.cpuMs += cpu() - c;
    }
  }
  if (duplicates !== scopedDuplicates)
    throw new Error(`duplicate grouping differs between passes: ${duplicates} vs ${scopedDuplicates}`);
  const groups = full.campaigns();
  const fmt = (x: number) => Math.round(x).toLocaleString("en");
  console.log(
    `corpus: ${fmt(rows)} items, ${fmt(words)} words; ${groups.length} duplicate groups, ${fmt(duplicates)} items pointing at a group's first item`,
  );
  const [ref] = passes;
  for (const pass of passes) {
    const wall = rows / (pass.ms / 1000);
    const perCpu = rows / (pass.cpuMs / 1000);
    const ratio =
      pass === ref
        ? ""
        : `; ratio to reference ${(wall / (rows / (ref!.ms / 1000))).toFixed(3)} wall, ${(perCpu / (rows / (ref!.cpuMs / 1000))).toFixed(3)} CPU`;
    console.log(`${pass.name}: ${fmt(wall)} items/s wall, ${fmt(perCpu)} items/s per CPU-second${ratio}`);
  }
  const os = await import("node:os");
  console.log(
    `load average at the end: ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(", ")} on ${os.availableParallelism()} cores`,
  );
  console.log(`heap used: ${Math.round(process.memoryUsage().heapUsed / 2 ** 20)} MiB`);
}
