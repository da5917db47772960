// The document models of the §7, §11 discussion report and the §20 information (the others are in
// report-models-results.test.ts), and the catalog and dates they all share.
import { describe, expect, it } from "vitest";
import { LOCALES } from "../../i18n/index.ts";
import { reportMessages } from "../../i18n/messages/reports.ts";
import { buildDiscussionModel, type DiscussionInput } from "./build-discussion-model.ts";
import { buildSubmissionModel, countedIn, type AnnexItem, type SubmissionInput } from "./build-submission-model.ts";
import { formatDate, translator } from "./document.ts";
import { body, period } from "./report-models.test-support.ts";

describe("the reports catalog", () => {
  it("has the same non-empty keys in kk, ru and en", () => {
    const keys = Object.keys(reportMessages.en).sort();
    for (const locale of LOCALES) {
      expect(Object.keys(reportMessages[locale]).sort()).toEqual(keys);
      for (const key of keys) expect(reportMessages[locale][key as keyof typeof reportMessages.en].trim()).not.toBe("");
    }
  });
});

describe("dates are dd.mm.yyyy, in Kazakhstan's calendar day", () => {
  it.each([
    ["2025-03-07", "07.03.2025"],
    [new Date("2025-03-07T18:59:59Z"), "07.03.2025"],
    [new Date("2025-03-07T19:00:00Z"), "08.03.2025"], // 00:00 in Astana (UTC+5)
    [null, ""],
  ])("%s → %s", (input, expected) => expect(formatDate(input)).toBe(expected));
});

describe("§7, §11 discussion report", () => {
  const base: DiscussionInput = {
    locale: "kk",
    generatedOn: "2025-04-02",
    body,
    initiative: {
      id: "i",
      kind: "draft_legal_act",
      titleKk: "Қағидалар",
      titleRu: "Правила",
      titleEn: null,
      discussionStartsOn: "2025-03-01",
      discussionEndsOn: "2025-03-15",
      portalUrl: null,
    },
    items: [
      {
        id: 1,
        kind: "remark",
        receivedAt: new Date("2025-03-02T05:00:00Z"),
        clauseRef: "4",
        text: "a",
        outcome: "accepted",
        reason: "ignored",
        reference: "4-тармақ",
      },
      {
        id: 2,
        kind: "proposal",
        receivedAt: new Date("2025-03-03T05:00:00Z"),
        clauseRef: null,
        text: "b",
        outcome: "rejected",
        reason: "себебі",
        reference: null,
      },
      {
        id: 3,
        kind: "remark",
        receivedAt: new Date("2025-03-04T05:00:00Z"),
        clauseRef: null,
        text: "c",
        outcome: null,
        reason: null,
        reference: null,
      },
    ],
    totals: { remarks: 3, accepted: 1, rejected: 1, undecided: 1, comments: 2, answered: 1 },
  };
  it.each([
    ["kk", "draft_legal_act", "Нормативтік құқықтық акт жобасын жария талқылау нәтижелері туралы есеп (7-тармақ)"],
    ["ru", "draft_budget_program", "Отчёт о результатах публичного обсуждения проекта бюджетной программы (п. 11)"],
    ["en", "project", "Report on the results of the public discussion (§7, §11)"],
  ] as const)("%s %s → title", (locale, kind, title) => {
    expect(buildDiscussionModel({ ...base, locale, initiative: { ...base.initiative, kind } }).title).toBe(title);
  });
  it("lists every item with its decision; a reason only for a rejection, a reference only for an acceptance", () => {
    const doc = buildDiscussionModel({ ...base, locale: "ru" });
    expect(doc.meta.map((m) => m.value)).toEqual([
      "Министерство финансов",
      "Правила",
      "01.03.2025 – 15.03.2025",
      "02.04.2025",
    ]);
    expect(doc.sections[0]!.paragraphs[0]).toBe(
      "Поступило замечаний и предложений: 3; принято: 1; не принято: 1; не рассмотрено: 1. Поступило комментариев: 2; дан ответ: 1.",
    );
    expect(doc.sections[1]!.tables[0]!.rows.map((r) => r.slice(5))).toEqual([
      ["принято", "", "4-тармақ"],
      ["не принято", "себебі", ""],
      ["не рассмотрено", "", ""],
    ]);
  });
  it("says so when nothing was received", () => {
    const doc = buildDiscussionModel({ ...base, locale: "en", items: [] });
    expect(doc.sections[1]).toEqual({
      heading: "Remarks and proposals and the decisions on them",
      paragraphs: ["No remarks or proposals were received during the discussion."],
      tables: [],
    });
  });
});

describe("§20 information", () => {
  const t = translator("en");
  const item = (over: Partial<AnnexItem>): AnnexItem => ({
    id: 1,
    kind: "remark",
    channel: "legal_acts_portal",
    receivedAt: new Date("2025-02-01T05:00:00Z"),
    outcome: null,
    reference: null,
    answered: false,
    ...over,
  });
  it.each([
    [item({ outcome: "accepted", reference: "Clause 4" }), "C, B"], // §20.1: an acceptance with its reference counts in B
    [item({ outcome: "accepted", reference: "  " }), "C, Accepted without the reference §20.1 requires (not in B)"],
    [item({ outcome: "rejected" }), "C, rejected"],
    [item({}), "C, not decided"],
    [item({ kind: "comment", answered: true }), "G, E"], // §20.2
    [item({ kind: "comment" }), "G, Comments not answered"],
  ])("%o is counted in %s", (it_, expected) => expect(countedIn(it_, t)).toBe(expected));

  const input: SubmissionInput = {
    locale: "en",
    generatedOn: "2025-04-05",
    body,
    period,
    periodLabel: "2025-Q1",
    figures: {
      remarksReceived: 5,
      acceptedWithReference: 2,
      acceptedWithoutReference: 1,
      rejected: 1,
      commentsReceived: 4,
      commentsAnswered: 3,
    },
    openAccess: { drafts: true, results: false },
    dialogueEvents: [],
    mediaWork: [{ kind: "briefing", title: "Брифинг", url: null, happenedOn: "2025-02-10" }],
    explanation: [{ key: "explain.remarksRatio", params: { fraction: "2/5" } }],
    annex: [item({ id: 7 })],
    annexTotal: 9,
  };
  it("gives every figure, open access, F's explanation and an annex that says when it was cut", () => {
    const doc = buildSubmissionModel(input);
    expect(doc.fileStem).toBe("submission-MINFIN-2025-Q1");
    expect(doc.sections[0]!.tables[0]!.rows.map((r) => r[1])).toEqual([5, 2, 1, 1, 1, 4, 3, 1]);
    expect(doc.sections[1]!.paragraphs).toEqual(["None in the period."]);
    expect(doc.sections[2]!.tables[0]!.rows).toEqual([[1, "briefing", "Брифинг", { date: "2025-02-10" }, ""]]);
    expect(doc.sections[3]!.tables[0]!.rows.map((r) => r[1])).toEqual(["yes", "not checked", "no"]);
    expect(doc.sections[4]!.paragraphs).toEqual(["Remarks and proposals: B/C = 2/5 (§22)"]);
    expect(doc.sections[5]!.paragraphs).toEqual(["The annex lists the first 1 of 9 items; the rest are in Pikir."]);
    expect(doc.sections[5]!.tables[0]!.rows).toEqual([
      [1, 7, { date: "2025-02-01" }, "remark", "legal acts portal", "C, not decided", ""],
    ]);
  });
});
