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
  const set: RealSet = {
    name: "KazSAnDRA kk reviews",
    task: "sentiment",
    labels: ["negative", "neutral", "positive"],
    train: [],
    calibration: [],
    test: [],
    shippable: true,
    note: "CC BY 4.0",
  };
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
  const set: RealSet = {
    name: "RuSentiTweet ru tweets",
    task: "sentiment",
    labels: ["negative", "neutral", "positive"],
    train: [],
    calibration: [],
    test: [],
    shippable: false,
    note: "no licence: evaluation only",
  };
  for (const r of rows) {
    const label = r[li];
    if (label !== "negative" && label !== "neutral" && label !== "positive") continue;
    const item = { id: `rst-${r[ii]}`, text: r[ti]!, label, source: "rusentitweet_train" };
    (bucketOf(item.id) < 80 ? set.train : set.test).push(item);
  }
  return set;
}
