/**
 * Topics of a quarter (§14, §17): items are grouped by their predicted problem category, and a
 * category large enough is split further around its most distinctive stem (e.g. roads → "шұңқыр /
 * ямы"). Labels are readable: the category's name in kk/ru/en plus the most frequent surface words
 * of each language found in the group. Campaign duplicates count in sizes (every item is a received
 * item) and `distinct` says how many are not duplicates.
 */
import type { WordLanguage } from "./detect-language.ts";
import type { Sentiment, TopicCategory } from "./training/dataset.ts";

const CATEGORY_NAMES: Record<TopicCategory, { kk: string; ru: string; en: string }> = {
  roads: { kk: "Жолдар", ru: "Дороги", en: "Roads" },
  education: { kk: "Білім беру", ru: "Образование", en: "Education" },
  health: { kk: "Денсаулық сақтау", ru: "Здравоохранение", en: "Health care" },
  utilities: { kk: "Коммуналдық қызметтер", ru: "Коммунальные услуги", en: "Utilities" },
  tariffs: { kk: "Тарифтер", ru: "Тарифы", en: "Tariffs" },
  transport: { kk: "Қоғамдық көлік", ru: "Общественный транспорт", en: "Public transport" },
  budget: { kk: "Бюджеттік бағдарламалар", ru: "Бюджетные программы", en: "Budget programs" },
  lawmaking: { kk: "НҚА жобалары", ru: "Проекты НПА", en: "Draft legal acts" },
  social: { kk: "Әлеуметтік қолдау", ru: "Социальная поддержка", en: "Social support" },
  environment: {
    kk: "Экология және абаттандыру",
    ru: "Экология и благоустройство",
    en: "Environment and public spaces",
  },
  other: { kk: "Басқа", ru: "Другое", en: "Other" },
};

interface TopicTerm {
  stem: string;
  word: string;
  lang: WordLanguage;
}

export interface TopicItem {
  id: string;
  category: TopicCategory;
  terms: TopicTerm[];
  sentiment: Sentiment;
  duplicateOf: string | null;
}

export interface Topic {
  /** Stable across quarters: the category, or category/anchor-stem for a sub-topic. */
  key: string;
  category: TopicCategory;
  label: { kk: string; ru: string; en: string };
  terms: Record<WordLanguage, string[]>;
  size: number;
  distinct: number;
  negativeShare: number;
  itemIds: string[];
  /** Top stems of a clustered topic (topic-catalog.ts): what it is found again by next quarter. */
  stems?: string[];
  /** Named by the officer (a stored name), not labelled by its words. */
  named?: boolean;
}

export interface TopicOptions {
  /** Smallest sub-topic worth naming. */
  minSubtopicSize: number;
  maxSubtopicsPerCategory: number;
  /** Share of a category's items the anchor stem may cover at most (a stem in every item says nothing). */
  maxAnchorShare: number;
  termsPerLanguage: number;
}

const DEFAULTS: TopicOptions = {
  minSubtopicSize: 3,
  maxSubtopicsPerCategory: 3,
  maxAnchorShare: 0.8,
  termsPerLanguage: 3,
};

export function groupTopics(items: readonly TopicItem[], options: Partial<TopicOptions> = {}): Topic[] {
  const opts = { ...DEFAULTS, ...options };
  const dfAll = documentFrequency(items);
  const byCategory = new Map<TopicCategory, TopicItem[]>();
  for (const it of items) (byCategory.get(it.category) ?? byCategory.set(it.category, []).get(it.category)!).push(it);
  const topics: Topic[] = [];
  for (const [category, members] of byCategory) {
    let rest = members;
    const df = documentFrequency(members);
    for (let n = 0; n < opts.maxSubtopicsPerCategory && rest.length >= opts.minSubtopicSize; n++) {
      const anchor = pickAnchor(rest, members.length, df, dfAll, items.length, opts);
      if (!anchor) break;
      const inside = rest.filter((it) => it.terms.some((t) => t.stem === anchor));
      rest = rest.filter((it) => !inside.includes(it));
      topics.push(makeTopic(`${category}/${anchor}`, category, inside, opts));
    }
    if (rest.length) topics.push(makeTopic(category, category, rest, opts));
  }
  return topics.sort((a, b) => b.size - a.size || a.key.localeCompare(b.key));
}

function documentFrequency(items: readonly TopicItem[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const it of items) for (const s of new Set(it.terms.map((t) => t.stem))) df.set(s, (df.get(s) ?? 0) + 1);
  return df;
}

function pickAnchor(
  rest: readonly TopicItem[],
  categorySize: number,
  dfCategory: Map<string, number>,
  dfAll: Map<string, number>,
  total: number,
  opts: TopicOptions,
): string | null {
  const dfRest = documentFrequency(rest);
  let best: string | null = null;
  let bestScore = 0;
  for (const [stem, n] of dfRest) {
    if (n < opts.minSubtopicSize || n > opts.maxAnchorShare * categorySize || stem.length < 3) continue;
    const idf = Math.log((1 + total) / (1 + (dfAll.get(stem) ?? 0)));
    const score = n * idf * ((dfCategory.get(stem) ?? 0) / (dfAll.get(stem) ?? 1));
    if (score > bestScore || (score === bestScore && best !== null && stem < best)) {
      bestScore = score;
      best = stem;
    }
  }
  return best;
}

function makeTopic(key: string, category: TopicCategory, members: readonly TopicItem[], opts: TopicOptions): Topic {
  const terms: Record<WordLanguage, string[]> = { kk: [], ru: [], en: [] };
  for (const lang of ["kk", "ru", "en"] as const) {
    const stemCount = new Map<string, number>();
    const surface = new Map<string, Map<string, number>>();
    for (const it of members) {
      for (const t of it.terms) {
        if (t.lang !== lang) continue;
        stemCount.set(t.stem, (stemCount.get(t.stem) ?? 0) + 1);
        const forms = surface.get(t.stem) ?? surface.set(t.stem, new Map()).get(t.stem)!;
        forms.set(t.word, (forms.get(t.word) ?? 0) + 1);
      }
    }
    terms[lang] = [...stemCount]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, opts.termsPerLanguage)
      .map(([stem]) => [...surface.get(stem)!].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0]);
  }
  const name = CATEGORY_NAMES[category];
  const withTerms = (base: string, words: string[]) => (words.length ? `${base}: ${words.join(", ")}` : base);
  const negative = members.filter((m) => m.sentiment === "negative").length;
  return {
    key,
    category,
    label: {
      kk: withTerms(name.kk, terms.kk),
      ru: withTerms(name.ru, terms.ru),
      en: withTerms(name.en, terms.en.length ? terms.en : [...terms.ru, ...terms.kk].slice(0, opts.termsPerLanguage)),
    },
    terms,
    size: members.length,
    distinct: members.filter((m) => m.duplicateOf === null).length,
    negativeShare: members.length ? negative / members.length : 0,
    itemIds: members.map((m) => m.id),
  };
}

type TrendStatus = "new" | "growing" | "stable" | "fading";
export interface TopicTrend {
  key: string;
  label: Topic["label"];
  status: TrendStatus;
  size: number;
  previousSize: number;
  share: number;
  previousShare: number;
}

/**
 * Compares a quarter's topics with the previous quarter's by key, on shares of all items so that a
 * busier quarter does not make every topic "growing": new = absent before; growing = share ×1.25 or
 * more; fading = share ×0.8 or less, or gone.
 */
export function trackTopics(previous: readonly Topic[], current: readonly Topic[]): TopicTrend[] {
  const prevTotal = previous.reduce((a, t) => a + t.size, 0) || 1;
  const curTotal = current.reduce((a, t) => a + t.size, 0) || 1;
  const prevByKey = new Map(previous.map((t) => [t.key, t]));
  const trends: TopicTrend[] = current.map((t) => {
    const p = prevByKey.get(t.key);
    const share = t.size / curTotal;
    const previousShare = p ? p.size / prevTotal : 0;
    const status: TrendStatus = !p
      ? "new"
      : share >= 1.25 * previousShare
        ? "growing"
        : share <= 0.8 * previousShare
          ? "fading"
          : "stable";
    return { key: t.key, label: t.label, status, size: t.size, previousSize: p?.size ?? 0, share, previousShare };
  });
  const currentKeys = new Set(current.map((t) => t.key));
  for (const p of previous) {
    if (!currentKeys.has(p.key))
      trends.push({
        key: p.key,
        label: p.label,
        status: "fading",
        size: 0,
        previousSize: p.size,
        share: 0,
        previousShare: p.size / prevTotal,
      });
  }
  return trends;
}

export interface ConferenceTopic {
  key: string;
  title: { kk: string; ru: string; en: string };
  size: number;
  negativeShare: number;
  status: TrendStatus | null;
}

/**
 * A draft §17 list of topics for internet conferences and surveys: the problems raised most, weighted
 * by how negative they are and whether they are new or growing. "Other" is left out (it is not a
 * problem topic); the official edits the list before it goes to the head of the body (§15).
 */
export function proposeConferenceTopics(
  topics: readonly Topic[],
  trends: readonly TopicTrend[] = [],
  limit = 5,
): ConferenceTopic[] {
  const status = new Map(trends.map((t) => [t.key, t.status]));
  return topics
    .filter((t) => t.category !== "other" && t.size > 0)
    .map((t) => {
      const s = status.get(t.key) ?? null;
      const boost = s === "new" || s === "growing" ? 1.5 : 1;
      return { t, s, score: t.distinct * (0.5 + t.negativeShare) * boost };
    })
    .sort((a, b) => b.score - a.score || a.t.key.localeCompare(b.t.key))
    .slice(0, limit)
    .map(({ t, s }) => ({
      key: t.key,
      title: {
        kk: `«${t.label.kk}» тақырыбы бойынша интернет-конференция / сауалнама`,
        ru: `Интернет-конференция / опрос по теме «${t.label.ru}»`,
        en: `Internet conference / survey on “${t.label.en}”`,
      },
      size: t.size,
      negativeShare: t.negativeShare,
      status: s,
    }));
}
