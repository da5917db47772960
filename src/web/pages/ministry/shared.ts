/** Helpers of the evaluation room: the registry by id, the official result per body, explanations in the UI's language. */
import { useMemo } from "react";
import { api } from "../../api.ts";
import { useLoad } from "../../use-load.ts";
import { localizeExplanation, type ExplanationLine as DomainLine } from "../../../domain/evaluation/explanation.ts";
import { rankGroup } from "../../../domain/evaluation/result-status.ts";
import type { Body, ExplanationLine, Lang, Paged, Result } from "../../types.ts";

export function useBodies(): Map<string, Body> {
  const { data } = useLoad(() => api<Paged<Body>>("/api/bodies", { query: { limit: 500 } }), []);
  return useMemo(() => new Map((data?.items ?? []).map((b) => [b.id, b])), [data]);
}

/** §20 asks the body: its submission is official; without one, Pikir's own record stands. */
export function officialResults(results: Result[]): Result[] {
  const byBody = new Map<string, Result>();
  for (const r of results) {
    const seen = byBody.get(r.bodyId);
    if (!seen || (seen.source === "recorded" && r.source === "submission")) byBody.set(r.bodyId, r);
  }
  // Evaluated bodies by F; then the §22 defaults (nothing received), then non-submitters (result-status.ts).
  return [...byBody.values()].sort(
    (a, b) => rankGroup(a.status) - rankGroup(b.status) || (b.F ?? -1) - (a.F ?? -1) || b.C + b.G - (a.C + a.G),
  );
}

/** The explanation lines are stored as message keys; the same catalogs as the server render them. */
export function explain(lines: ExplanationLine[] | undefined, lang: Lang): string[] {
  if (!lines) return [];
  try {
    return localizeExplanation(lines as unknown as DomainLine[], lang);
  } catch {
    return lines.map((l) => l.key);
  }
}
