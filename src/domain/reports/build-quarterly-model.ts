/**
 * §14: the quarterly analysis of appeals and social-media comments, with recommendations, for the
 * head of the body (§15). Volumes come from counts of recorded items by channel, type and language;
 * the recommendations are plain rules over those counts, so the head can see why each was given.
 */
import type { Locale, MessageParams } from "../../i18n/index.ts";
import type { ReportMessageKey } from "../../i18n/messages/reports.ts";
import { bodyName, type BodyNames } from "./build-discussion-model.ts";
import {
  percent,
  safeStem,
  standardMeta,
  translator,
  type ReportDocument,
  type ReportSection,
  type Translate,
} from "./document.ts";

// The order rows appear in (the data model's enums); values not listed here follow, as found.
const CHANNELS = ["legal_acts_portal", "budget_portal", "dialogue_portal", "appeal", "social_media", "own_form"];
const ITEM_KINDS = ["appeal", "social_comment", "remark", "proposal", "comment"];
const ITEM_LANGS = ["kk", "ru", "en", "mixed", "unknown"];
const withFound = (known: string[], rows: VolumeCount[], dim: (r: VolumeCount) => string) => [
  ...known,
  ...new Set(rows.map(dim).filter((v) => !known.includes(v))),
];

export interface VolumeCount {
  channel: string;
  kind: string;
  lang: string;
  n: number;
}

export interface QuarterlyInput {
  locale: Locale;
  generatedOn: string;
  body: BodyNames;
  period: { from: string; to: string };
  periodLabel: string;
  current: VolumeCount[];
  previous: VolumeCount[];
  unansweredComments: number;
  undecidedRemarks: number;
  dialogueEvents: number;
}

export interface Recommendation {
  key: ReportMessageKey;
  params: MessageParams;
}

const sum = (rows: VolumeCount[], pick?: (r: VolumeCount) => boolean) =>
  rows.filter((r) => !pick || pick(r)).reduce((a, r) => a + r.n, 0);

/** Growth counts only from a base of 10 items, so one appeal more does not read as +100%. */
const GROWTH_BASE = 10;
const GROWTH_THRESHOLD = 20; // percent
const SOCIAL_SHARE = 30; // percent
const KAZAKH_SHARE = 30; // percent

export function recommend(
  input: Omit<QuarterlyInput, "locale" | "generatedOn" | "body" | "period" | "periodLabel">,
): Recommendation[] {
  const recs: Recommendation[] = [];
  const total = sum(input.current);
  for (const channel of withFound(CHANNELS, [...input.current, ...input.previous], (r) => r.channel)) {
    const now = sum(input.current, (r) => r.channel === channel);
    const before = sum(input.previous, (r) => r.channel === channel);
    const growth = before === 0 ? 0 : Math.round(((now - before) / before) * 100);
    if (before >= GROWTH_BASE && growth >= GROWTH_THRESHOLD)
      recs.push({ key: "quarterly.rec.growth", params: { channel, percent: growth } });
  }
  if (input.unansweredComments > 0)
    recs.push({ key: "quarterly.rec.unanswered", params: { count: input.unansweredComments } });
  if (input.undecidedRemarks > 0)
    recs.push({ key: "quarterly.rec.undecided", params: { count: input.undecidedRemarks } });
  const social = percent(
    sum(input.current, (r) => r.kind === "social_comment"),
    total,
  );
  if (total > 0 && social >= SOCIAL_SHARE) recs.push({ key: "quarterly.rec.social", params: { percent: social } });
  const kazakh = percent(
    sum(input.current, (r) => r.lang === "kk"),
    total,
  );
  if (total > 0 && kazakh >= KAZAKH_SHARE) recs.push({ key: "quarterly.rec.language", params: { percent: kazakh } });
  if (input.dialogueEvents === 0) recs.push({ key: "quarterly.rec.noDialogue", params: {} });
  if (recs.length === 0) recs.push({ key: "quarterly.rec.none", params: {} });
  return recs;
}

function volumeTable(
  t: Translate,
  name: string,
  firstColumn: string,
  values: readonly string[],
  label: (v: string) => string,
  dim: (r: VolumeCount) => string,
  input: QuarterlyInput,
): ReportSection {
  const total = sum(input.current);
  const rows = withFound([...values], [...input.current, ...input.previous], dim)
    .map((v) => {
      const now = sum(input.current, (r) => dim(r) === v);
      const before = sum(input.previous, (r) => dim(r) === v);
      return [
        label(v),
        now,
        percent(now, total),
        before,
        before === 0 ? null : Math.round(((now - before) / before) * 1000) / 10,
      ];
    })
    .filter((r) => r[1] !== 0 || r[3] !== 0);
  return {
    heading: name,
    paragraphs: [],
    tables: [
      {
        name,
        columns: [firstColumn, t("col.count"), t("col.share"), t("col.previous"), t("col.change")],
        widths: [30, 10, 10, 12, 10],
        rows,
      },
    ],
  };
}

/** The analysis' sections, also used inside the public-council pack (§12). */
export function quarterlySections(input: QuarterlyInput): ReportSection[] {
  const t = translator(input.locale);
  const recs = recommend(input).map((r) =>
    t(
      r.key,
      r.key === "quarterly.rec.growth"
        ? { ...r.params, channel: t(`channel.${r.params.channel}` as ReportMessageKey) }
        : r.params,
    ),
  );
  return [
    {
      heading: t("quarterly.section.volumes"),
      tables: [],
      paragraphs: [
        t("quarterly.volumesLine", {
          total: sum(input.current),
          previous: sum(input.previous),
          appeals: sum(input.current, (r) => r.kind === "appeal"),
          social: sum(input.current, (r) => r.kind === "social_comment"),
        }),
      ],
    },
    volumeTable(
      t,
      t("quarterly.section.byChannel"),
      t("col.channel"),
      CHANNELS,
      (v) => t(`channel.${v}` as ReportMessageKey),
      (r) => r.channel,
      input,
    ),
    volumeTable(
      t,
      t("quarterly.section.byKind"),
      t("col.kind"),
      ITEM_KINDS,
      (v) => t(`kind.${v}` as ReportMessageKey),
      (r) => r.kind,
      input,
    ),
    volumeTable(
      t,
      t("quarterly.section.byLang"),
      t("col.lang"),
      ITEM_LANGS,
      (v) => t(`lang.${v}` as ReportMessageKey),
      (r) => r.lang,
      input,
    ),
    {
      heading: t("quarterly.section.handling"),
      tables: [],
      paragraphs: [
        t("quarterly.handlingLine", { unanswered: input.unansweredComments, undecided: input.undecidedRemarks }),
      ],
    },
    { heading: t("quarterly.section.recommendations"), tables: [], paragraphs: recs.map((r, i) => `${i + 1}. ${r}`) },
  ];
}

export function buildQuarterlyModel(input: QuarterlyInput): ReportDocument {
  const t = translator(input.locale);
  const meta = standardMeta(t, {
    bodyName: bodyName(input.body, input.locale),
    period: input.period,
    generatedOn: input.generatedOn,
  });
  return {
    kind: "quarterly",
    locale: input.locale,
    title: t("quarterly.title"),
    meta,
    fileStem: safeStem("quarterly", input.body.code, input.periodLabel),
    fileParts: { bodyCode: input.body.code, period: input.periodLabel },
    sections: quarterlySections(input),
  };
}
