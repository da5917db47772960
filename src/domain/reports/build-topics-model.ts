/**
 * §17: the list of topics for internet conferences and surveys — the body's own list, built from the
 * problems raised in the period's appeals and social comments and kept by the body
 * (domain/followthrough/conference-topics.ts), each with the §18 events held on it; then every
 * conference and survey held in the period.
 */
import type { Locale } from "../../i18n/index.ts";
import { bodyName, type BodyNames } from "./build-discussion-model.ts";
import { dateCell, formatDate, nameIn, safeStem, standardMeta, translator, type ReportDocument } from "./document.ts";

export interface TopicsInput {
  locale: Locale;
  generatedOn: string;
  body: BodyNames;
  period: { from: string; to: string };
  periodLabel: string;
  /** The body's list (not removed), in its order. */
  topics: {
    title: { kk: string | null; ru: string | null; en: string | null };
    quarter: string;
    origin: "analysis" | "body";
    items: number;
    /** The §18 events linked to the topic. */
    events: { startsOn: string; url: string }[];
  }[];
  events: { kind: string; topic: string; url: string; startsOn: string; participants: number | null }[];
}

export function buildTopicsModel(input: TopicsInput): ReportDocument {
  const t = translator(input.locale);
  const proposed = input.topics;
  return {
    kind: "topics",
    locale: input.locale,
    title: t("topics.title"),
    meta: standardMeta(t, {
      bodyName: bodyName(input.body, input.locale),
      period: input.period,
      generatedOn: input.generatedOn,
    }),
    fileStem: safeStem("topics", input.body.code, input.periodLabel),
    fileParts: { bodyCode: input.body.code, period: input.periodLabel },
    sections: [
      {
        heading: t("topics.section.proposed"),
        paragraphs: [proposed.length === 0 ? t("topics.none") : t("topics.proposedIntro")],
        tables:
          proposed.length === 0
            ? []
            : [
                {
                  name: t("topics.section.proposed"),
                  columns: [
                    t("col.no"),
                    t("col.topic"),
                    t("topics.col.quarter"),
                    t("topics.col.origin"),
                    t("col.items"),
                    t("topics.col.heldOn"),
                  ],
                  widths: [4, 34, 9, 14, 8, 24],
                  rows: proposed.map((i, n) => [
                    n + 1,
                    nameIn(i.title, input.locale),
                    i.quarter,
                    t(i.origin === "analysis" ? "topics.origin.analysis" : "topics.origin.body"),
                    i.origin === "analysis" ? i.items : null,
                    i.events.length === 0
                      ? t("topics.notHeld")
                      : i.events.map((e) => `${formatDate(e.startsOn)} ${e.url}`).join("; "),
                  ]),
                },
              ],
      },
      {
        heading: t("topics.section.held"),
        paragraphs: input.events.length === 0 ? [t("topics.none")] : [],
        tables:
          input.events.length === 0
            ? []
            : [
                {
                  name: t("topics.section.held"),
                  columns: [
                    t("col.no"),
                    t("col.kind"),
                    t("col.topic"),
                    t("col.date"),
                    t("col.url"),
                    t("col.participants"),
                  ],
                  widths: [4, 12, 30, 9, 24, 8],
                  rows: input.events.map((e, n) => [
                    n + 1,
                    t(`dialogue.${e.kind}` as never),
                    e.topic,
                    dateCell(e.startsOn),
                    e.url,
                    e.participants,
                  ]),
                },
              ],
      },
    ],
  };
}
