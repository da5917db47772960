/**
 * §16: interim (quarterly) and final (annual) results of the body's projects and initiatives,
 * ready to publish on its website, with the record of what was published and what is missing.
 */
import type { Locale } from "../../i18n/index.ts";
import { requiredSlots } from "../compliance/result-slots.ts";
import { bodyName, type BodyNames } from "./build-discussion-model.ts";
import {
  dateCell,
  nameIn,
  safeStem,
  standardMeta,
  translator,
  type ReportDocument,
  type Translate,
} from "./document.ts";

interface ResultsInitiative {
  kind: string;
  status: string;
  titleKk: string | null;
  titleRu: string | null;
  titleEn: string | null;
  summary: string | null;
  items: number;
  accepted: number;
}

export interface ResultsPublication {
  kind: "interim" | "final";
  periodYear: number;
  periodQuarter: number | null;
  title: string;
  url: string;
  publishedOn: string;
  openAccess: boolean | null;
}

export interface ResultsInput {
  locale: Locale;
  generatedOn: string;
  body: BodyNames;
  period: { from: string; to: string };
  periodLabel: string;
  initiatives: ResultsInitiative[];
  publications: ResultsPublication[];
}

const slotOf = (p: { kind: string; periodYear: number; periodQuarter: number | null }) =>
  p.kind === "final" ? `${p.periodYear}-final` : `${p.periodYear}-Q${p.periodQuarter}`;

function slotLabel(slot: string, t: Translate): string {
  const [year, part] = slot.split("-") as [string, string];
  return part === "final"
    ? t("publication.final", { year })
    : t("publication.interim", { year, quarter: part.slice(1) });
}

/** §16 slots of the period with no publication in open access (an unchecked one counts). */
export function missingSlots(period: { from: string; to: string }, publications: ResultsPublication[]): string[] {
  const open = new Set(publications.filter((p) => p.openAccess !== false).map(slotOf));
  return requiredSlots(period.from, period.to).filter((s) => !open.has(s));
}

export function buildResultsModel(input: ResultsInput): ReportDocument {
  const t = translator(input.locale);
  const yesNo = (v: boolean | null) =>
    v === true ? t("value.yes") : v === false ? t("value.no") : t("value.notChecked");
  const missing = missingSlots(input.period, input.publications);
  return {
    kind: "results",
    locale: input.locale,
    title: t("results.title"),
    meta: standardMeta(t, {
      bodyName: bodyName(input.body, input.locale),
      period: input.period,
      generatedOn: input.generatedOn,
    }),
    fileStem: safeStem("results", input.body.code, input.periodLabel),
    fileParts: { bodyCode: input.body.code, period: input.periodLabel },
    sections: [
      {
        heading: t("results.section.projects"),
        paragraphs: input.initiatives.length === 0 ? [t("submission.none")] : [],
        tables:
          input.initiatives.length === 0
            ? []
            : [
                {
                  name: t("results.section.projects"),
                  columns: [
                    t("col.no"),
                    t("col.title"),
                    t("col.kind"),
                    t("col.status"),
                    t("col.text"),
                    t("col.items"),
                    t("col.accepted"),
                  ],
                  widths: [4, 26, 12, 10, 30, 7, 7],
                  rows: input.initiatives.map((i, n) => [
                    n + 1,
                    nameIn({ kk: i.titleKk, ru: i.titleRu, en: i.titleEn }, input.locale),
                    t(`initiativeKind.${i.kind}` as never),
                    t(`status.${i.status}` as never),
                    i.summary ?? "",
                    i.items,
                    i.accepted,
                  ]),
                },
              ],
      },
      {
        heading: t("results.section.publications"),
        paragraphs: input.publications.length === 0 ? [t("submission.none")] : [],
        tables:
          input.publications.length === 0
            ? []
            : [
                {
                  name: t("results.section.publications"),
                  columns: [
                    t("col.no"),
                    t("col.slot"),
                    t("col.title"),
                    t("col.publishedOn"),
                    t("col.url"),
                    t("col.openAccess"),
                  ],
                  widths: [4, 18, 24, 9, 25, 9],
                  rows: input.publications.map((p, n) => [
                    n + 1,
                    slotLabel(slotOf(p), t),
                    p.title,
                    dateCell(p.publishedOn),
                    p.url,
                    yesNo(p.openAccess),
                  ]),
                },
              ],
      },
      {
        heading: t("results.section.missing"),
        paragraphs: missing.length === 0 ? [t("results.allPublished")] : missing.map((s) => slotLabel(s, t)),
        tables: [],
      },
    ],
  };
}
