/**
 * §20–§23: the ministry's evaluation results — the ranking of bodies by F with bands, and the
 * explanation of each body's figure, step by step, in the document's language.
 */
import type { Locale } from "../../i18n/index.ts";
import { translate } from "../../i18n/index.ts";
import { evaluationMessages } from "../../i18n/messages/evaluation.ts";
import { BAND_RANGES, BANDS, type Band } from "../evaluation/bands.ts";
import { localizeExplanation, type ExplanationLine } from "../evaluation/explanation.ts";
import { rankGroup, type ResultStatus } from "../evaluation/result-status.ts";
import { bodyName, type BodyNames } from "./build-discussion-model.ts";
import {
  AUTHORISED_BODY_CODE,
  formatDate,
  formatPeriod,
  periodLabelOf,
  safeStem,
  translator,
  type ReportDocument,
} from "./document.ts";

export interface EvaluationResultInput {
  body: BodyNames;
  /** The official figure: from the §20 submission, or Pikir's record when none came. */
  source: "submission" | "recorded";
  /** evaluated / nothing_received / not_submitted (result-status.ts). */
  status: ResultStatus;
  /** Null when not_submitted: no §20 information, no official figure. */
  F: number | null;
  band: Band | null;
  zeroed: boolean;
  B: number;
  C: number;
  E: number;
  G: number;
  /** F from Pikir's own record, shown beside a submitted figure — and, for information only, beside a missing one. */
  recordedF: number | null;
  explanation: ExplanationLine[];
}

export interface EvaluationInput {
  locale: Locale;
  generatedOn: string;
  round: { id: string; title: string; periodFrom: string; periodTo: string; rulesVersion: string };
  results: EvaluationResultInput[];
}

/** Competition ranking ("1, 1, 3"): equal F, equal place; ties listed by name. */
export function rankResults<T extends { F: number; name: string }>(results: T[]): (T & { rank: number })[] {
  const sorted = [...results].sort((a, b) => b.F - a.F || a.name.localeCompare(b.name));
  return sorted.map((r) => ({ ...r, rank: sorted.findIndex((s) => s.F === r.F) + 1 }));
}

/**
 * Only evaluated bodies are ranked (result-status.ts): the §22 default of a body that received
 * nothing follows them unranked, and non-submitters come last with no F at all.
 */
function rankByStatus<T extends { F: number | null; name: string; status: ResultStatus }>(
  results: T[],
): (T & { rank: number | null })[] {
  const evaluated = rankResults(results.filter((r) => r.status === "evaluated").map((r) => ({ ...r, F: r.F ?? 0 })));
  const rest = results
    .filter((r) => r.status !== "evaluated")
    .sort((a, b) => rankGroup(a.status) - rankGroup(b.status) || a.name.localeCompare(b.name))
    .map((r) => ({ ...r, rank: null }));
  return [...evaluated, ...rest];
}

export function buildEvaluationModel(input: EvaluationInput): ReportDocument {
  const t = translator(input.locale);
  const band = (b: Band) => translate(evaluationMessages, input.locale, `band.${b}`);
  const status = (st: ResultStatus) => translate(evaluationMessages, input.locale, `status.${st}`);
  const shown = (r: { status: ResultStatus; band: Band | null }) =>
    r.status === "evaluated" && r.band ? band(r.band) : status(r.status);
  const ranked = rankByStatus(input.results.map((r) => ({ ...r, name: bodyName(r.body, input.locale) })));
  const yes = t("value.yes");
  return {
    kind: "evaluation",
    locale: input.locale,
    title: t("evaluation.title"),
    meta: [
      { label: t("meta.round"), value: input.round.title },
      { label: t("meta.period"), value: formatPeriod({ from: input.round.periodFrom, to: input.round.periodTo }) },
      { label: t("meta.rules"), value: input.round.rulesVersion },
      { label: t("meta.date"), value: formatDate(input.generatedOn) },
    ],
    fileStem: safeStem("evaluation", input.round.periodFrom, input.round.periodTo),
    fileParts: { bodyCode: AUTHORISED_BODY_CODE, period: periodLabelOf(input.round.periodFrom, input.round.periodTo) },
    sections: [
      {
        heading: t("evaluation.section.ranking"),
        paragraphs: ranked.length === 0 ? [t("evaluation.noResults")] : [],
        tables:
          ranked.length === 0
            ? []
            : [
                {
                  name: t("evaluation.section.ranking"),
                  columns: [
                    t("col.rank"),
                    t("col.body"),
                    t("col.F"),
                    t("col.band"),
                    t("col.zeroed"),
                    t("col.B"),
                    t("col.C"),
                    t("col.E"),
                    t("col.G"),
                    t("col.source"),
                    t("col.fRecorded"),
                  ],
                  widths: [5, 30, 7, 10, 8, 5, 5, 5, 5, 18, 9],
                  rows: ranked.map((r) => [
                    r.rank,
                    r.name,
                    r.F,
                    shown(r),
                    r.zeroed ? yes : "",
                    r.B,
                    r.C,
                    r.E,
                    r.G,
                    t(`source.${r.source}`),
                    r.recordedF,
                  ]),
                },
              ],
      },
      {
        heading: t("evaluation.section.bands"),
        paragraphs: [
          ...[...BANDS].reverse().map((b) =>
            t("evaluation.bandLine", {
              band: band(b),
              range: BAND_RANGES[b],
              count: ranked.filter((r) => r.status === "evaluated" && r.band === b).length,
            }),
          ),
          // Counted apart, never among the bands (result-status.ts).
          ...(["nothing_received", "not_submitted"] as const).map(
            (st) => `${status(st)}: ${ranked.filter((r) => r.status === st).length}`,
          ),
        ],
        tables: [],
      },
      {
        heading: t("evaluation.section.explanations"),
        paragraphs: ranked.flatMap((r) => [
          r.F === null ? `— ${r.name} — ${shown(r)}` : `${r.rank ?? "—"}. ${r.name} — F = ${r.F}% (${shown(r)})`,
          ...localizeExplanation(r.explanation, input.locale).map((l) => `    ${l}`),
        ]),
        tables: [],
      },
    ],
  };
}
