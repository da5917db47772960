/**
 * §17: the list of topics for internet conferences and surveys — the body's drafts and projects
 * that drew the most feedback in the period, and the conferences and surveys already held.
 */
import type { Locale } from "../../i18n/index.ts";
import { bodyName, type BodyNames } from "./build-discussion-model.ts";
import { dateCell, nameIn, safeStem, standardMeta, translator, type ReportDocument } from "./document.ts";

export interface TopicsInput {
  locale: Locale;
  generatedOn: string;
  body: BodyNames;
  period: { from: string; to: string };
  periodLabel: string;
  initiatives: {
    kind: string;
    titleKk: string | null;
    titleRu: string | null;
    titleEn: string | null;
    items: number;
  }[];
  events: { kind: string; topic: string; url: string; startsOn: string; participants: number | null }[];
}

export const MAX_TOPICS = 10;

export function buildTopicsModel(input: TopicsInput): ReportDocument {
  const t = translator(input.locale);
  const proposed = input.initiatives
    .filter((i) => i.items > 0)
    .sort((a, b) => b.items - a.items)
    .slice(0, MAX_TOPICS);
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
                  columns: [t("col.no"), t("col.topic"), t("col.kind"), t("col.items")],
                  widths: [4, 40, 16, 8],
                  rows: proposed.map((i, n) => [
                    n + 1,
                    nameIn({ kk: i.titleKk, ru: i.titleRu, en: i.titleEn }, input.locale),
                    t(`initiativeKind.${i.kind}` as never),
                    i.items,
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
