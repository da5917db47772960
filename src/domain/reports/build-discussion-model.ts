/**
 * §7, §11: the report on a public discussion — every remark and proposal with its decision,
 * the reason (for a rejection) and the §20.1 reference (for an acceptance).
 */
import type { Locale } from "../../i18n/index.ts";
import { dateCell, formatPeriod, nameIn, safeStem, standardMeta, translator, type ReportDocument } from "./document.ts";

export interface BodyNames {
  code: string;
  nameKk: string;
  nameRu: string;
  nameEn: string;
}

interface DiscussionItem {
  id: number;
  kind: "remark" | "proposal";
  receivedAt: Date;
  clauseRef: string | null;
  text: string;
  outcome: "accepted" | "rejected" | null;
  reason: string | null;
  reference: string | null;
}

export interface DiscussionInput {
  locale: Locale;
  generatedOn: string;
  body: BodyNames;
  initiative: {
    id: string;
    kind: string;
    titleKk: string | null;
    titleRu: string | null;
    titleEn: string | null;
    discussionStartsOn: string | null;
    discussionEndsOn: string | null;
    portalUrl: string | null;
  };
  items: DiscussionItem[];
  totals: {
    remarks: number;
    accepted: number;
    rejected: number;
    undecided: number;
    comments: number;
    answered: number;
  };
}

export const bodyName = (body: BodyNames, locale: Locale) =>
  nameIn({ kk: body.nameKk, ru: body.nameRu, en: body.nameEn }, locale);

export function buildDiscussionModel(input: DiscussionInput): ReportDocument {
  const t = translator(input.locale);
  const { initiative } = input;
  const title =
    initiative.kind === "draft_legal_act" || initiative.kind === "draft_budget_program"
      ? t(`discussion.title.${initiative.kind}`)
      : t("discussion.title.other");
  const meta = standardMeta(t, { bodyName: bodyName(input.body, input.locale), generatedOn: input.generatedOn });
  meta.splice(1, 0, {
    label: t("meta.draft"),
    value: nameIn({ kk: initiative.titleKk, ru: initiative.titleRu, en: initiative.titleEn }, input.locale),
  });
  if (initiative.discussionStartsOn && initiative.discussionEndsOn) {
    meta.splice(2, 0, {
      label: t("meta.window"),
      value: formatPeriod({ from: initiative.discussionStartsOn, to: initiative.discussionEndsOn }),
    });
  }
  if (initiative.portalUrl) meta.push({ label: t("meta.portal"), value: initiative.portalUrl });

  const rows = input.items.map((item, i) => [
    i + 1,
    dateCell(item.receivedAt),
    t(`kind.${item.kind}`),
    item.clauseRef ?? "",
    item.text,
    t(item.outcome ? `outcome.${item.outcome}` : "outcome.undecided"),
    item.outcome === "rejected" ? (item.reason ?? "") : "",
    item.outcome === "accepted" ? (item.reference ?? "") : "",
  ]);
  return {
    kind: "discussion",
    locale: input.locale,
    title,
    meta,
    fileStem: safeStem("discussion", input.body.code, initiative.discussionEndsOn ?? input.generatedOn),
    fileParts: { bodyCode: input.body.code, period: initiative.discussionEndsOn ?? input.generatedOn },
    sections: [
      { heading: t("discussion.section.summary"), paragraphs: [t("discussion.summary", input.totals)], tables: [] },
      {
        heading: t("discussion.section.items"),
        paragraphs: rows.length === 0 ? [t("discussion.noItems")] : [],
        tables:
          rows.length === 0
            ? []
            : [
                {
                  name: t("discussion.section.items"),
                  columns: [
                    t("col.no"),
                    t("col.received"),
                    t("col.kind"),
                    t("col.clause"),
                    t("col.text"),
                    t("col.decision"),
                    t("col.reason"),
                    t("col.reference"),
                  ],
                  widths: [4, 9, 9, 8, 30, 9, 16, 16],
                  rows,
                },
              ],
      },
    ],
  };
}
