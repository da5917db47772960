/**
 * §20: the body's information for the authorised body, generated from what Pikir recorded
 * (§20.1 remarks and proposals, §20.2 comments, §20.3 conferences and surveys, §20.4 media work,
 * §23 open access), with F computed from it (§22) and, as an annex, the items behind every number.
 */
import type { Locale } from "../../i18n/index.ts";
import { localizeExplanation, type ExplanationLine } from "../evaluation/explanation.ts";
import { bodyName, type BodyNames } from "./build-discussion-model.ts";
import { dateCell, safeStem, standardMeta, translator, type ReportDocument, type Translate } from "./document.ts";

export interface SubmissionFigures {
  remarksReceived: number;
  acceptedWithReference: number;
  acceptedWithoutReference: number;
  rejected: number;
  commentsReceived: number;
  commentsAnswered: number;
}

export interface AnnexItem {
  id: number;
  kind: "remark" | "proposal" | "comment";
  channel: string;
  receivedAt: Date;
  outcome: "accepted" | "rejected" | null;
  reference: string | null;
  answered: boolean;
}

export interface SubmissionInput {
  locale: Locale;
  generatedOn: string;
  body: BodyNames;
  period: { from: string; to: string };
  periodLabel: string;
  figures: SubmissionFigures;
  openAccess: { drafts?: boolean | null; budgetReports?: boolean | null; results?: boolean | null };
  dialogueEvents: {
    kind: string;
    topic: string;
    url: string;
    startsOn: string;
    participants: number | null;
    questions: number | null;
  }[];
  mediaWork: { kind: string; title: string; url: string | null; happenedOn: string }[];
  explanation: ExplanationLine[];
  annex: AnnexItem[];
  /** All items of the period; the annex may hold fewer when it was cut at a limit. */
  annexTotal: number;
  /** Where the period's accepted proposals went (§8, §13) and where conference results were used (§19). */
  followThrough?: {
    itemId: number;
    kind: string;
    paragraph: string;
    documentDate: string;
    documentTitle: string;
    documentNumber: string | null;
    documentUrl: string | null;
  }[];
}

/** Which §20 figure an item is counted in: C and B for remarks, G and E for comments. */
export function countedIn(item: AnnexItem, t: Translate): string {
  if (item.kind === "comment") return item.answered ? "G, E" : `G, ${t("submission.fig.commentsUnanswered")}`;
  if (item.outcome === "accepted")
    return item.reference?.trim() ? "C, B" : `C, ${t("submission.fig.acceptedWithoutReference")}`;
  return `C, ${t(item.outcome === "rejected" ? "outcome.rejected" : "outcome.undecided")}`;
}

const yesNo = (t: Translate, v: boolean | null | undefined) =>
  v === true ? t("value.yes") : v === false ? t("value.no") : t("value.notChecked");

export function buildSubmissionModel(input: SubmissionInput): ReportDocument {
  const t = translator(input.locale);
  const f = input.figures;
  const undecided = f.remarksReceived - f.acceptedWithReference - f.acceptedWithoutReference - f.rejected;
  const meta = standardMeta(t, {
    bodyName: bodyName(input.body, input.locale),
    period: input.period,
    generatedOn: input.generatedOn,
  });
  const figureRows: [string, number][] = [
    [t("submission.fig.remarksReceived"), f.remarksReceived],
    [t("submission.fig.acceptedWithReference"), f.acceptedWithReference],
    [t("submission.fig.acceptedWithoutReference"), f.acceptedWithoutReference],
    [t("submission.fig.rejected"), f.rejected],
    [t("submission.fig.undecided"), undecided],
    [t("submission.fig.commentsReceived"), f.commentsReceived],
    [t("submission.fig.commentsAnswered"), f.commentsAnswered],
    [t("submission.fig.commentsUnanswered"), f.commentsReceived - f.commentsAnswered],
  ];
  const annexRows = input.annex.map((item, i) => [
    i + 1,
    item.id,
    dateCell(item.receivedAt),
    t(`kind.${item.kind}`),
    t(`channel.${item.channel}` as never),
    countedIn(item, t),
    item.kind === "comment" ? "" : (item.reference ?? ""),
  ]);
  return {
    kind: "submission",
    locale: input.locale,
    title: t("submission.title"),
    meta,
    fileStem: safeStem("submission", input.body.code, input.periodLabel),
    fileParts: { bodyCode: input.body.code, period: input.periodLabel },
    sections: [
      {
        heading: t("submission.section.figures"),
        paragraphs: [t("submission.intro")],
        tables: [
          {
            name: t("submission.section.figures"),
            columns: [t("col.indicator"), t("col.value")],
            widths: [60, 12],
            rows: figureRows,
          },
        ],
      },
      {
        heading: t("submission.section.dialogue"),
        paragraphs: input.dialogueEvents.length === 0 ? [t("submission.none")] : [],
        tables:
          input.dialogueEvents.length === 0
            ? []
            : [
                {
                  name: t("submission.section.dialogue"),
                  columns: [
                    t("col.no"),
                    t("col.kind"),
                    t("col.topic"),
                    t("col.date"),
                    t("col.url"),
                    t("col.participants"),
                    t("col.questions"),
                  ],
                  widths: [4, 10, 26, 9, 22, 8, 8],
                  rows: input.dialogueEvents.map((e, i) => [
                    i + 1,
                    t(`dialogue.${e.kind}` as never),
                    e.topic,
                    dateCell(e.startsOn),
                    e.url,
                    e.participants,
                    e.questions,
                  ]),
                },
              ],
      },
      {
        heading: t("submission.section.media"),
        paragraphs: input.mediaWork.length === 0 ? [t("submission.none")] : [],
        tables:
          input.mediaWork.length === 0
            ? []
            : [
                {
                  name: t("submission.section.media"),
                  columns: [t("col.no"), t("col.kind"), t("col.title"), t("col.date"), t("col.url")],
                  widths: [4, 12, 30, 9, 25],
                  rows: input.mediaWork.map((m, i) => [
                    i + 1,
                    t(`media.${m.kind}` as never),
                    m.title,
                    dateCell(m.happenedOn),
                    m.url ?? "",
                  ]),
                },
              ],
      },
      {
        heading: t("submission.section.openAccess"),
        paragraphs: [],
        tables: [
          {
            name: t("submission.section.openAccess"),
            columns: [t("col.indicator"), t("col.openAccess")],
            widths: [60, 14],
            rows: (["drafts", "budgetReports", "results"] as const).map((k) => [
              t(`submission.access.${k}`),
              yesNo(t, input.openAccess[k]),
            ]),
          },
        ],
      },
      {
        heading: t("submission.section.indicator"),
        paragraphs: localizeExplanation(input.explanation, input.locale),
        tables: [],
      },
      {
        heading: t("submission.section.annex"),
        paragraphs:
          input.annex.length < input.annexTotal
            ? [t("submission.annex.truncated", { shown: input.annex.length, total: input.annexTotal })]
            : [],
        tables: [
          {
            name: t("submission.section.annex"),
            columns: [
              t("col.no"),
              t("col.id"),
              t("col.received"),
              t("col.kind"),
              t("col.channel"),
              t("col.countedIn"),
              t("col.reference"),
            ],
            widths: [4, 7, 9, 9, 14, 22, 20],
            rows: annexRows,
          },
        ],
      },
      // Only when there is something to show, so a body without links gets the document as before.
      ...(input.followThrough?.length
        ? [
            {
              heading: t("submission.section.followThrough"),
              paragraphs: [],
              tables: [
                {
                  name: t("submission.section.followThrough"),
                  columns: [t("col.no"), t("col.id"), t("col.kind"), t("col.date"), t("col.title"), t("col.url")],
                  widths: [4, 7, 22, 9, 30, 22],
                  rows: input.followThrough.map((l, i) => [
                    i + 1,
                    l.itemId,
                    `${t(`followThrough.${l.kind}` as never)} (${l.paragraph})`,
                    dateCell(l.documentDate),
                    l.documentNumber ? `${l.documentTitle} ${l.documentNumber}` : l.documentTitle,
                    l.documentUrl ?? "",
                  ]),
                },
              ],
            },
          ]
        : []),
    ],
  };
}
