/**
 * The real labelled sets training and evaluation read (see src/domain/analysis/data/README.md for
 * source, licence and label mapping), with Pikir's own deterministic splits of each: an item's split
 * follows from a hash of its id alone, so the same item always lands in the same split and nothing
 * of a held-out split is ever trained on.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parse as parseCsvSync } from "csv-parse/sync";

export interface RealItem {
  id: string;
  text: string;
  label: string;
  source: string;
}

type Split = "train" | "calibration" | "test";

export interface RealSet {
  name: string;
  task: "sentiment" | "lang";
  labels: readonly string[];
  train: RealItem[];
  calibration: RealItem[];
  test: RealItem[];
  /** May model weights trained on this set ship in the repository? (its licence) */
  shippable: boolean;
  note: string;
}

/** An empty three-class sentiment set, filled by its loader. */
function sentimentSet(name: string, licence: { shippable: boolean; note: string }): RealSet {
  return {
    name,
    task: "sentiment",
    labels: ["negative", "neutral", "positive"],
    train: [],
    calibration: [],
    test: [],
    ...licence,
  };
}

/** 0..99 from FNV-1a of the id: the split bucket. */
function bucketOf(id: string): number {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  return ((h ^ (h >>> 13)) >>> 0) % 100;
}

/** `../shared/data` next to the checkout (or PIKIR_SHARED_DATA): the read-only real sets. */
export function sharedDataDir(): string | null {
  if (process.env.PIKIR_SHARED_DATA) return process.env.PIKIR_SHARED_DATA;
  let dir = resolve(".");
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, "..", "shared", "data");
    if (existsSync(join(candidate, "kazsandra", "train.jsonl"))) return candidate;
    dir = dirname(dir);
  }
  return null;
}

function readJsonl(path: string): Record<string, string>[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, string>);
}

/**
 * KazSAnDRA (CC BY 4.0): the authors' balanced training part is trained on whole; their validation
 * part (the natural distribution, 79 % positive) is split 50 / 25 / 25 into more training, the
 * calibration split and Pikir's held-out test split.
 */
export function loadKazsandra(dir: string): RealSet {
  const rows: Record<string, string>[] = [
    ...readJsonl(join(dir, "kazsandra", "train.jsonl")).map((r) => ({ ...r, part: "train" })),
    ...readJsonl(join(dir, "kazsandra", "dev.jsonl")).map((r) => ({ ...r, part: "dev" })),
  ];
  const set = sentimentSet("KazSAnDRA kk reviews", { shippable: true, note: "CC BY 4.0" });
  for (const r of rows) {
    const item = { id: r.id!, text: r.text!, label: r.label!, source: r.source! };
    if (r.part === "train") {
      set.train.push(item);
      continue;
    }
    const b = bucketOf(item.id);
    (b < 50 ? set.train : b < 75 ? set.calibration : set.test).push(item);
  }
  return set;
}

/** ud-langid (CC BY-SA 4.0 / CC BY 4.0): 80 / 10 / 10 by id. */
export function loadUdLangid(dir: string): RealSet {
  const set: RealSet = {
    name: "ud-langid kk/ru/en sentences",
    task: "lang",
    labels: ["kk", "ru", "en"],
    train: [],
    calibration: [],
    test: [],
    shippable: true,
    note: "CC BY-SA 4.0 (UD) + CC BY 4.0 (KazNERD)",
  };
  for (const r of readJsonl(join(dir, "ud-langid", "train.jsonl"))) {
    const item = { id: r.id!, text: r.text!, label: r.label!, source: r.source! };
    const b = bucketOf(item.id);
    (b < 80 ? set.train : b < 90 ? set.calibration : set.test).push(item);
  }
  return set;
}

/** RFC 4180 CSV (quoted fields may hold commas, quotes and newlines), read by csv-parse. */
function parseCsv(text: string): string[][] {
  return parseCsvSync(text, { relax_column_count: true, skip_empty_lines: true }) as string[][];
}

/**
 * RuSentiTweet's training file, read from a fetched snapshot of github.com/sismetanin/rusentitweet
 * (PIKIR_RUSENTITWEET_GIT, default /work/.mirror/sismetanin+rusentitweet/repo) following the rebuild
 * recipe in ../shared/data/rusentitweet/README.md. No licence: evaluation only — a model trained on
 * it is never written to the repository. Split 80 / 20 by id (the authors' test file is not read).
 */
export function loadRusentitweet(): RealSet | null {
  const git = process.env.PIKIR_RUSENTITWEET_GIT ?? "/work/.mirror/sismetanin+rusentitweet/repo";
  if (!existsSync(git)) return null;
  let csv: string;
  try {
    csv = execFileSync("git", ["--git-dir", git, "show", "HEAD:rusentitweet_train.csv"], {
      encoding: "utf8",
      maxBuffer: 64 << 20,
    });
  } catch {
    return null;
  }
  const [header, ...rows] = parseCsv(csv);
  const at = (name: string) => header!.indexOf(name);
  const [ti, li, ii] = [at("text"), at("label"), at("id")];
  const set = sentimentSet("RuSentiTweet ru tweets", { shippable: false, note: "no licence: evaluation only" });
  for (const r of rows) {
    const label = r[li];
    if (label !== "negative" && label !== "neutral" && label !== "positive") continue;
    const item = { id: `rst-${r[ii]}`, text: r[ti]!, label, source: "rusentitweet_train" };
    (bucketOf(item.id) < 80 ? set.train : set.test).push(item);
  }
  return set;
}

/** A file of a fetched snapshot at a fixed commit (so training reads the same bytes every time), or null. */
function gitFile(git: string, commit: string, path: string): string | null {
  if (!existsSync(git)) return null;
  try {
    return execFileSync("git", ["--git-dir", git, "show", `${commit}:${path}`], {
      encoding: "utf8",
      maxBuffer: 64 << 20,
    });
  } catch {
    return null;
  }
}

/** `[0 2]`, `[1, 3]`, `[]` → the label numbers. */
function labelList(field: string): number[] {
  return (field.match(/\d+/g) ?? []).map(Number);
}

/** A CSV with a header, as one object a row. */
function csvRecords(csv: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(csv);
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ""])));
}

/** Pikir's ids for sets that have none: a hash of the text itself, so the split follows the text. */
function textId(prefix: string, text: string): string {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return `${prefix}-${(h >>> 0).toString(36)}`;
}

export const CEDR_SNAPSHOT = {
  repo: "github.com/searayeah/russian-sentiment-emotion-datasets",
  commit: "b43a50a589e6664837f994ef72d0f75c4bd6fbcd",
};

/**
 * CEDR (Sboev et al. 2021; Apache-2.0): 9,410 Russian sentences from LiveJournal, Lenta.ru and
 * Twitter, crowd-labelled with the emotions joy (0), sadness (1), surprise (2), fear (3), anger (4)
 * or none. Emotion is not sentiment, so the mapping keeps only what is unambiguous: no emotion →
 * neutral; joy (with or without surprise) → positive; sadness / fear / anger (with or without
 * surprise) → negative; surprise alone or joy together with a negative emotion → dropped.
 * Both of the authors' files are pooled and split by id (a hash of the text): 70 % training, 10 %
 * calibration, 20 % Pikir's held-out test split (never trained on). Read from a fetched snapshot
 * (PIKIR_CEDR_GIT, default /work/.mirror/searayeah+russian-sentiment-emotion-datasets/repo).
 */
export function loadCedr(): RealSet | null {
  const git = process.env.PIKIR_CEDR_GIT ?? "/work/.mirror/searayeah+russian-sentiment-emotion-datasets/repo";
  const trainCsv = gitFile(git, CEDR_SNAPSHOT.commit, "CEDR/cedr-main-train.csv");
  const testCsv = gitFile(git, CEDR_SNAPSHOT.commit, "CEDR/cedr-main-test.csv");
  if (!trainCsv || !testCsv) return null;
  const set = sentimentSet("CEDR ru sentences", { shippable: true, note: "Apache-2.0" });
  const sentimentOf = (emotions: number[]): string | null => {
    const joy = emotions.includes(0);
    const negative = emotions.some((e) => e === 1 || e === 3 || e === 4);
    if (emotions.length === 0) return "neutral";
    if (joy && !negative) return "positive";
    if (negative && !joy) return "negative";
    return null;
  };
  splitPooled(set, [trainCsv, testCsv], (r) => {
    const text = r.text!.trim();
    const label = sentimentOf(labelList(r.labels!));
    return label ? { id: textId("cedr", text), text, label, source: `cedr-${r.source}` } : null;
  });
  return set;
}

/**
 * The authors' files pooled, each text once, split by a hash of its id: 70 % training, 10 %
 * calibration, 20 % Pikir's held-out test split (never trained on).
 */
function splitPooled(
  set: RealSet,
  files: string[],
  toItem: (record: Record<string, string | undefined>) => RealSet["train"][number] | null,
): void {
  const seen = new Set<string>();
  for (const csv of files) {
    for (const r of csvRecords(csv)) {
      const item = toItem(r);
      if (!item || !item.text || seen.has(item.text)) continue;
      seen.add(item.text);
      const b = bucketOf(item.id);
      (b < 70 ? set.train : b < 80 ? set.calibration : set.test).push(item);
    }
  }
}

export const RU_GOEMOTIONS_SNAPSHOT = {
  repo: "github.com/searayeah/ru-goemotions",
  commit: "e1303b0a2322a3709db41adeaf77a6fa36546197",
};

/** GoEmotions' own grouping of its 27 emotions (its sentiment_mapping.json); 27 = neutral. */
const GOEMOTIONS_POSITIVE = new Set([0, 1, 4, 5, 8, 13, 15, 17, 18, 20, 21, 23]);
const GOEMOTIONS_NEGATIVE = new Set([2, 3, 9, 10, 11, 12, 14, 16, 19, 24, 25]);

/**
 * ru-go-emotions (MIT; a Google-Translate rendering of GoEmotions, Apache-2.0, Demszky et al. 2020):
 * Reddit comments with 27 emotions or neutral, human labels on the English original. Mapped by
 * GoEmotions' own sentiment grouping: every label positive → positive, every label negative →
 * negative, neutral alone → neutral; ambiguous emotions (realization, surprise, curiosity,
 * confusion) or mixed polarity → dropped. Only the authors' validation and test files are in the
 * snapshot (train is over its size limit); both are pooled and split by id 70 / 10 / 20 into
 * training, calibration and Pikir's held-out test split. Read from PIKIR_RU_GOEMOTIONS_GIT (default /work/.mirror/searayeah+ru-goemotions/repo).
 */
export function loadRuGoEmotions(): RealSet | null {
  const git = process.env.PIKIR_RU_GOEMOTIONS_GIT ?? "/work/.mirror/searayeah+ru-goemotions/repo";
  const c = RU_GOEMOTIONS_SNAPSHOT.commit;
  const validation = gitFile(git, c, "dataset/ru-go-emotions-simplified-validation.csv");
  const test = gitFile(git, c, "dataset/ru-go-emotions-simplified-test.csv");
  if (!validation || !test) return null;
  const set = sentimentSet("ru-go-emotions ru (translated Reddit)", {
    shippable: true,
    note: "MIT (translation) / Apache-2.0 (GoEmotions)",
  });
  const sentimentOf = (emotions: number[]): string | null => {
    if (emotions.length === 1 && emotions[0] === 27) return "neutral";
    if (emotions.length > 0 && emotions.every((e) => GOEMOTIONS_POSITIVE.has(e))) return "positive";
    if (emotions.length > 0 && emotions.every((e) => GOEMOTIONS_NEGATIVE.has(e))) return "negative";
    return null;
  };
  splitPooled(set, [validation, test], (r) => {
    const label = sentimentOf(labelList(r.labels!));
    return label ? { id: `goemo-${r.id}`, text: r.ru_text!.trim(), label, source: "ru-go-emotions" } : null;
  });
  return set;
}
