/**
 * Measures over topics, apart from the clustering that finds them: how alike two topics read (the
 * catalog matches a quarter's topics to the standing ones with it) and how well a clustering agrees
 * with gold classes (the topic evaluation script and the tests judge the clustering by it).
 */

/** Cosine of two stem lists weighted by rank (first stem weighs most): how alike two topics read. */
export function stemSimilarity(a: readonly string[], b: readonly string[]): number {
  const w = (list: readonly string[]) => new Map(list.map((s, i) => [s, 1 / (1 + i)]));
  const wa = w(a);
  const wb = w(b);
  let num = 0;
  for (const [s, x] of wa) num += x * (wb.get(s) ?? 0);
  const norm = (m: Map<string, number>) => Math.sqrt([...m.values()].reduce((acc, x) => acc + x * x, 0));
  const den = norm(wa) * norm(wb);
  return den ? num / den : 0;
}

/** Agreement of a clustering with gold classes: purity and normalised mutual information (NMI, arithmetic mean). */
export function clusterAgreement(
  clusters: readonly (readonly string[])[],
  gold: ReadonlyMap<string, string>,
): { purity: number; nmi: number; n: number } {
  const cells = new Map<string, number>();
  const byCluster: number[] = [];
  const byClass = new Map<string, number>();
  let n = 0;
  clusters.forEach((ids, c) => {
    let size = 0;
    for (const id of ids) {
      const g = gold.get(id);
      if (g === undefined) continue;
      size++;
      n++;
      cells.set(`${c}\u0000${g}`, (cells.get(`${c}\u0000${g}`) ?? 0) + 1);
      byClass.set(g, (byClass.get(g) ?? 0) + 1);
    }
    byCluster[c] = size;
  });
  if (!n) return { purity: 0, nmi: 0, n: 0 };
  const best = new Map<number, number>();
  let mi = 0;
  for (const [key, nij] of cells) {
    const [cs, g] = key.split("\u0000") as [string, string];
    const c = Number(cs);
    best.set(c, Math.max(best.get(c) ?? 0, nij));
    mi += (nij / n) * Math.log((n * nij) / (byCluster[c]! * byClass.get(g)!));
  }
  const entropy = (counts: Iterable<number>) => {
    let h = 0;
    for (const x of counts) if (x > 0) h -= (x / n) * Math.log(x / n);
    return h;
  };
  const hc = entropy(byCluster);
  const hg = entropy(byClass.values());
  const purity = [...best.values()].reduce((a, x) => a + x, 0) / n;
  return { purity, nmi: hc + hg > 0 ? (2 * mi) / (hc + hg) : 1, n };
}
