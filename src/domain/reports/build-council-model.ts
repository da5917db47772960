/**
 * §12: the pack for the public council — the discussions of draft budget programs, the budget
 * implementation reports, and the quarterly analysis (§14) of the same period.
 */
import type { Locale } from "../../i18n/index.ts";
import { bodyName, type BodyNames } from "./build-discussion-model.ts";
import { quarterlySections, type QuarterlyInput } from "./build-quarterly-model.ts";
import { formatDate, nameIn, safeStem, standardMeta, translator, type ReportDocument } from "./document.ts";

export interface CouncilInitiative {
  kind: string;
  status: string;
  titleKk: string | null;
  titleRu: string | null;
  titleEn: string | null;
  discussionStartsOn: string | null;
  discussionEndsOn: string | null;
  openAccess: boolean | null;
  totals: {
    remarks: number;
    accepted: number;
    rejected: number;
    undecided: number;
    comments: number;
    answered: number;
  };
}

export interface CouncilInput {
  locale: Locale;
  generatedOn: string;
  body: BodyNames;
  period: { from: string; to: string };
  periodLabel: string;
  initiatives: CouncilInitiative[];
  analysis: Omit<QuarterlyInput, "locale" | "generatedOn" | "body" | "period" | "periodLabel">;
}

export function buildCouncilModel(input: CouncilInput): ReportDocument {
  const t = translator(input.locale);
  const yesNo = (v: boolean | null) =>
    v === true ? t("value.yes") : v === false ? t("value.no") : t("value.notChecked");
  const title = (i: CouncilInitiative) => nameIn({ kk: i.titleKk, ru: i.titleRu, en: i.titleEn }, input.locale);
  const window = (i: CouncilInitiative) =>
    i.discussionStartsOn ? `${formatDate(i.discussionStartsOn)} – ${formatDate(i.discussionEndsOn)}` : "";
  const drafts = input.initiatives.filter((i) => i.kind === "draft_budget_program");
  const reports = input.initiatives.filter((i) => i.kind === "budget_report");
  const columns = [
    t("col.no"),
    t("col.title"),
    t("meta.window"),
    t("col.status"),
    t("col.items"),
    t("col.accepted"),
    t("col.rejected"),
    t("col.undecided"),
    t("col.comments"),
    t("col.answered"),
    t("col.openAccess"),
  ];
  const widths = [4, 28, 14, 10, 6, 6, 6, 6, 6, 6, 8];
  const rows = (list: CouncilInitiative[]) =>
    list.map((i, n) => [
      n + 1,
      title(i),
      window(i),
      t(`status.${i.status}` as never),
      i.totals.remarks,
      i.totals.accepted,
      i.totals.rejected,
      i.totals.undecided,
      i.totals.comments,
      i.totals.answered,
      yesNo(i.openAccess),
    ]);
  const analysis = quarterlySections({
    ...input.analysis,
    locale: input.locale,
    generatedOn: input.generatedOn,
    body: input.body,
    period: input.period,
    periodLabel: input.periodLabel,
  });
  return {
    kind: "council",
    locale: input.locale,
    title: t("council.title"),
    meta: standardMeta(t, {
      bodyName: bodyName(input.body, input.locale),
      period: input.period,
      generatedOn: input.generatedOn,
    }),
    fileStem: safeStem("council", input.body.code, input.periodLabel),
    fileParts: { bodyCode: input.body.code, period: input.periodLabel },
    sections: [
      {
        heading: t("council.section.discussions"),
        paragraphs: drafts.length === 0 ? [t("council.none")] : [],
        tables:
          drafts.length === 0 ? [] : [{ name: t("council.section.discussions"), columns, widths, rows: rows(drafts) }],
      },
      {
        heading: t("council.section.reports"),
        paragraphs: reports.length === 0 ? [t("council.none")] : [],
        tables:
          reports.length === 0 ? [] : [{ name: t("council.section.reports"), columns, widths, rows: rows(reports) }],
      },
      { heading: t("council.section.analysis"), paragraphs: [], tables: [] },
      ...analysis,
    ],
  };
}
