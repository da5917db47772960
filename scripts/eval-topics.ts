/**
 * The quarter's topics (issue 16) measured on real appeals: two real quarters of the St Petersburg
 * city portal (Q4 2020, Q1 2021; evaluation only, no licence) are clustered as a body's quarter is,
 * and the clusters are compared with the portal's own classification (its category, 15 values, and
 * its reason, 126 values, chosen by the citizen and checked by moderators): purity and NMI. Beside
 * them: the fixed-category topics Pikir showed before (the shipped topic model + groupTopics), and a
 * random assignment to as many groups. Also: how many of Q1's topics are found again in Q4 by their
 * stems (what keeps a named topic from quarter to quarter), and what a cluster's label looks like.
 * Returns the lines of docs/analysis-quality.md's topic section.
 */
import { DEFAULT_MODELS } from "../src/domain/analysis/default-models.ts";
import { clusterItems, type Cluster } from "../src/domain/analysis/cluster-topics.ts";
import { clusterAgreement, stemSimilarity } from "../src/domain/analysis/cluster-measures.ts";
import { extractFeatures } from "../src/domain/analysis/features.ts";
import { compileLinearModel } from "../src/domain/analysis/linear-model.ts";
import { contentStems, prepareText } from "../src/domain/analysis/prepare-text.ts";
import { groupTopics } from "../src/domain/analysis/topics.ts";
import type { TopicCategory } from "../src/domain/analysis/training/dataset.ts";
import { loadSpbAppeals, type SpbAppeal } from "../src/domain/analysis/training/spb-appeals.ts";
import { createRng } from "../src/domain/random.ts";

/** Same-topic threshold of services/analysis/quarter-topics.ts (a stored topic is found again at ≥ this). */
import { KEEP_SIMILARITY } from "../src/domain/analysis/topic-catalog.ts";

export function evaluateTopics(): string[] {
  const all = loadSpbAppeals();
  if (!all)
    return [
      "## Topics of a quarter (SPb appeals)",
      "",
      "No snapshot of the SPb appeals at hand in this run (set PIKIR_SPB_APPEALS_GIT): not measured.",
      "",
    ];
  const quarter = (from: string, to: string) => all.filter((a) => a.date >= from && a.date <= to);
  const q4 = quarter("2020-10-01", "2020-12-31");
  const q1 = quarter("2021-01-01", "2021-03-31");
  const topicModel = compileLinearModel(DEFAULT_MODELS.topic);

  const prepare = (items: readonly SpbAppeal[]) =>
    items.map((a) => {
      const p = prepareText(a.text);
      return {
        id: a.id,
        terms: contentStems(p),
        duplicateOf: null,
        category: topicModel.predict(extractFeatures(p, a.text)).label as TopicCategory,
      };
    });
  const lines: string[] = [
    "## Topics of a quarter, on real appeals (SPb city portal)",
    "",
    "The quarter's items are clustered (`src/domain/analysis/cluster-topics.ts`: TF-IDF over content stems,",
    "spherical k-means, k-means++ from a fixed seed, k = ⌈√items⌉ capped at 24, clusters under 2 items dissolved) and compared with the",
    "portal's own classification of the same appeals: its **category** (15) and its **reason** (126). Purity:",
    "share of items in their cluster's most common class; NMI: normalised mutual information (arithmetic",
    "mean). Set: github.com/Timmy-Max/Appeals-to-Housing-and-Communal-Services at `f639e6e0` (no licence:",
    "evaluation only; nothing is trained on it). Unsupervised, so every item of the quarter is scored.",
    "",
    "| quarter | grouping | groups | items | purity vs category % | NMI vs category | purity vs reason % | NMI vs reason | ms |",
    "|---|---|---:|---:|---:|---:|---:|---:|---:|",
  ];
  const clusterings = new Map<string, Cluster[]>();
  for (const [name, items] of [
    ["Q4 2020", q4],
    ["Q1 2021", q1],
  ] as const) {
    const category = new Map(items.map((a) => [a.id, a.category]));
    const reason = new Map(items.map((a) => [a.id, a.reason]));
    const prepared = prepare(items);
    const row = (label: string, groups: readonly (readonly string[])[], ms: number | null) => {
      const c = clusterAgreement(groups, category);
      const r = clusterAgreement(groups, reason);
      lines.push(
        `| ${name} | ${label} | ${groups.length} | ${c.n} | ${(100 * c.purity).toFixed(1)} | ${c.nmi.toFixed(3)} | ${(100 * r.purity).toFixed(1)} | ${r.nmi.toFixed(3)} | ${ms ?? "—"} |`,
      );
    };
    let t0 = performance.now();
    const clusters = clusterItems(prepared);
    const ms = Math.round(performance.now() - t0);
    clusterings.set(name, clusters);
    row(
      "**clusters of the quarter** (shipped)",
      clusters.map((c) => c.itemIds),
      ms,
    );
    t0 = performance.now();
    const k15 = clusterItems(prepared, { k: 15 });
    row(
      "clusters, k = 15 (the portal's number of categories)",
      k15.map((c) => c.itemIds),
      Math.round(performance.now() - t0),
    );
    const old = groupTopics(
      prepared.map((p) => ({
        id: p.id,
        category: p.category,
        terms: p.terms,
        sentiment: "neutral",
        duplicateOf: null,
      })),
    );
    row(
      "fixed categories (shipped topic model + sub-topics, before)",
      old.map((t) => t.itemIds),
      null,
    );
    const rng = createRng(5);
    const random: string[][] = clusters.map(() => []);
    for (const p of prepared) random[Math.floor(rng() * random.length)]!.push(p.id);
    row("random, same number of groups", random, null);
  }
  lines.push("");

  const a = clusterings.get("Q4 2020")!;
  const b = clusterings.get("Q1 2021")!;
  const found = b.filter((cb) => a.some((ca) => stemSimilarity(ca.stems, cb.stems) >= KEEP_SIMILARITY));
  const foundItems = found.reduce((s, c) => s + c.itemIds.length, 0);
  const totalB = b.reduce((s, c) => s + c.itemIds.length, 0);
  lines.push(
    `From quarter to quarter: ${found.length} of Q1 2021's ${b.length} clusters (${((100 * foundItems) / totalB).toFixed(1)} % of its items)`,
    `match a Q4 2020 cluster by their top stems (rank-weighted cosine ≥ ${KEEP_SIMILARITY}), so a topic the officer named in Q4 is`,
    "found again with its name in Q1; the others appear as new topics.",
    "",
    "The five largest clusters of Q1 2021 and the portal's most common category and reason in each:",
    "",
    "| label (ru) | items | most common category (share) | most common reason (share) |",
    "|---|---:|---|---|",
  );
  const byId = new Map(q1.map((x) => [x.id, x]));
  const top = (ids: readonly string[], f: (x: SpbAppeal) => string) => {
    const n = new Map<string, number>();
    for (const id of ids) n.set(f(byId.get(id)!), (n.get(f(byId.get(id)!)) ?? 0) + 1);
    const [v, c] = [...n].sort((x, y) => y[1] - x[1])[0]!;
    return `${v} (${Math.round((100 * c) / ids.length)} %)`;
  };
  for (const c of b.slice(0, 5))
    lines.push(
      `| ${c.words.ru.join(", ") || "—"} | ${c.itemIds.length} | ${top(c.itemIds, (x) => x.category)} | ${top(c.itemIds, (x) => x.reason)} |`,
    );
  lines.push(
    "",
    "Reading: the portal's categories are coarse (57 % of items are «Благоустройство»), so purity against them",
    "is high for any grouping; NMI against the 126 reasons is the sharper test of whether the clusters say",
    "what the appeals are about. Labels are Russian here because the set is Russian; a Kazakh quarter gets",
    "Kazakh words, a mixed one both (each word labelled in the language it was analysed as).",
    "",
  );
  return lines;
}
