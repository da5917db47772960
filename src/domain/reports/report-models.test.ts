import { describe, expect, it } from "vitest";
import { LOCALES } from "../../i18n/index.ts";
import { reportMessages } from "../../i18n/messages/reports.ts";
import { buildDiscussionModel, type DiscussionInput } from "./build-discussion-model.ts";
import { buildSubmissionModel, countedIn, type AnnexItem, type SubmissionInput } from "./build-submission-model.ts";
import { buildEvaluationModel, rankResults } from "./build-evaluation-model.ts";
import { buildResultsModel, missingSlots, type ResultsPublication } from "./build-results-model.ts";
import { buildQuarterlyModel, recommend, type VolumeCount } from "./build-quarterly-model.ts";
import { buildTopicsModel } from "./build-topics-model.ts";
import { buildCouncilModel, type CouncilInitiative } from "./build-council-model.ts";
import { formatDate, translator } from "./document.ts";

const body = {
  code: "MINFIN",
  nameKk: "Қаржы министрлігі",
  nameRu: "Министерство финансов",
  nameEn: "Ministry of Finance",
};
const period = { from: "2025-01-01", to: "2025-03-31" };

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

describe("§20–§23 evaluation results", () => {
  it.each([
    [
      [90, 80, 90, 70],
      [1, 1, 3, 4],
    ],
    [
      [50, 50, 50],
      [1, 1, 1],
    ],
    [[], []],
  ])("F %j ranks %j", (fs, ranks) => {
    const ranked = rankResults(fs.map((F, i) => ({ F, name: `b${i}` })));
    expect(ranked.map((r) => r.rank)).toEqual(ranks);
  });
  it("ranks, counts the bands and explains each figure in the document's language", () => {
    const r = (code: string, F: number, band: "high" | "low", source: "submission" | "recorded") => ({
      body: { ...body, code, nameKk: `Орган ${code}` },
      source,
      status: "evaluated" as const,
      F,
      band,
      zeroed: false,
      B: 1,
      C: 1,
      E: 1,
      G: 1,
      recordedF: source === "submission" ? 50 : null,
      explanation: [{ key: "explain.band" as const, params: { F, band } }],
    });
    const doc = buildEvaluationModel({
      locale: "kk",
      generatedOn: "2025-07-01",
      round: { id: "r", title: "2025 H1", periodFrom: "2025-01-01", periodTo: "2025-06-30", rulesVersion: "2024-1" },
      results: [r("B", 55, "low", "recorded"), r("A", 95, "high", "submission")],
    });
    const ranking = doc.sections[0]!.tables[0]!.rows;
    expect(ranking.map((row) => [row[0], row[1], row[2], row[3], row[10]])).toEqual([
      [1, "Орган A", 95, "жоғары көрсеткіш", 50],
      [2, "Орган B", 55, "төмен көрсеткіш", null],
    ]);
    expect(doc.sections[1]!.paragraphs).toHaveLength(6);
    expect(doc.sections[2]!.paragraphs[0]).toBe("1. Орган A — F = 95% (жоғары көрсеткіш)");
  });
  it("§20, §22: ranks only evaluated bodies; the §22 default and non-submitters are listed apart, never as high", () => {
    const r = (
      code: string,
      status: "evaluated" | "nothing_received" | "not_submitted",
      F: number | null,
      band: "high" | "low" | null,
    ) => ({
      body: { ...body, code, nameKk: `Орган ${code}` },
      source: status === "not_submitted" ? ("recorded" as const) : ("submission" as const),
      status,
      F,
      band,
      zeroed: false,
      B: 0,
      C: 0,
      E: 0,
      G: 0,
      recordedF: status === "not_submitted" ? 100 : null,
      explanation: [],
    });
    const doc = buildEvaluationModel({
      locale: "en",
      generatedOn: "2025-07-01",
      round: { id: "r", title: "2025 H1", periodFrom: "2025-01-01", periodTo: "2025-06-30", rulesVersion: "2024-1" },
      results: [
        r("S", "not_submitted", null, null),
        r("N", "nothing_received", 100, "high"),
        r("L", "evaluated", 55, "low"),
      ],
    });
    expect(doc.sections[0]!.tables[0]!.rows.map((row) => [row[0], row[2], row[3], row[10]])).toEqual([
      [1, 55, "low", null],
      [null, 100, "nothing received, §22 default", null],
      [null, null, "§20 information not submitted: no official F", 100],
    ]);
    expect(doc.sections[1]!.paragraphs).toContain("“high”: 90–100% — 0");
    expect(doc.sections[1]!.paragraphs.slice(-2)).toEqual([
      "nothing received, §22 default: 1",
      "§20 information not submitted: no official F: 1",
    ]);
  });
});

describe("§16 results", () => {
  const pub = (kind: "interim" | "final", q: number | null, openAccess: boolean | null): ResultsPublication => ({
    kind,
    periodYear: 2025,
    periodQuarter: q,
    title: "t",
    url: "https://x.kz",
    publishedOn: "2025-04-10",
    openAccess,
  });
  it.each([
    ["a quarter with its interim publication", { from: "2025-01-01", to: "2025-03-31" }, [pub("interim", 1, true)], []],
    ["a quarter without", { from: "2025-01-01", to: "2025-03-31" }, [], ["2025-Q1"]],
    [
      "a failed open-access check is a gap (§23)",
      { from: "2025-04-01", to: "2025-06-30" },
      [pub("interim", 2, false)],
      ["2025-Q2"],
    ],
    ["an unchecked publication counts", { from: "2025-04-01", to: "2025-06-30" }, [pub("interim", 2, null)], []],
    [
      "a whole year needs four interim and one final",
      { from: "2025-01-01", to: "2025-12-31" },
      [pub("interim", 1, true), pub("final", null, true)],
      ["2025-Q2", "2025-Q3", "2025-Q4"],
    ],
  ] as const)("%s", (_name, p, pubs, expected) => expect(missingSlots(p, [...pubs])).toEqual(expected));
  it("labels missing slots in words", () => {
    const doc = buildResultsModel({
      locale: "ru",
      generatedOn: "2026-01-05",
      body,
      period: { from: "2025-01-01", to: "2025-12-31" },
      periodLabel: "2025",
      initiatives: [],
      publications: [],
    });
    expect(doc.sections[2]!.paragraphs).toEqual([
      "промежуточные результаты, 1 квартал 2025 года",
      "промежуточные результаты, 2 квартал 2025 года",
      "промежуточные результаты, 3 квартал 2025 года",
      "промежуточные результаты, 4 квартал 2025 года",
      "итоговые результаты, 2025 год",
    ]);
  });
});

describe("§14 quarterly analysis", () => {
  const v = (channel: string, kind: string, lang: string, n: number): VolumeCount => ({ channel, kind, lang, n });
  const quiet = { unansweredComments: 0, undecidedRemarks: 0, dialogueEvents: 1 };
  it.each([
    [
      "nothing to say",
      { current: [v("appeal", "appeal", "ru", 10)], previous: [v("appeal", "appeal", "ru", 10)], ...quiet },
      ["quarterly.rec.none"],
    ],
    [
      "growth of 20% from a base of 10",
      { current: [v("appeal", "appeal", "ru", 12)], previous: [v("appeal", "appeal", "ru", 10)], ...quiet },
      ["quarterly.rec.growth"],
    ],
    [
      "growth below the base is noise",
      { current: [v("appeal", "appeal", "ru", 9)], previous: [v("appeal", "appeal", "ru", 3)], ...quiet },
      ["quarterly.rec.none"],
    ],
    [
      "§20.2 unanswered, §20.1 undecided",
      { current: [], previous: [], unansweredComments: 2, undecidedRemarks: 1, dialogueEvents: 1 },
      ["quarterly.rec.unanswered", "quarterly.rec.undecided"],
    ],
    [
      "social share and Kazakh share",
      {
        current: [v("social_media", "social_comment", "kk", 5), v("appeal", "appeal", "ru", 5)],
        previous: [],
        ...quiet,
      },
      ["quarterly.rec.social", "quarterly.rec.language"],
    ],
    [
      "§17–§18 no conference or survey",
      { current: [], previous: [], ...quiet, dialogueEvents: 0 },
      ["quarterly.rec.noDialogue"],
    ],
  ])("%s", (_name, input, keys) => expect(recommend(input).map((r) => r.key)).toEqual(keys));

  it("tables volumes by channel with shares and change, and numbers the recommendations", () => {
    const doc = buildQuarterlyModel({
      locale: "en",
      generatedOn: "2025-04-03",
      body,
      period,
      periodLabel: "2025-Q1",
      current: [v("appeal", "appeal", "ru", 15), v("social_media", "social_comment", "kk", 5)],
      previous: [v("appeal", "appeal", "ru", 10)],
      unansweredComments: 0,
      undecidedRemarks: 0,
      dialogueEvents: 2,
    });
    expect(doc.sections[0]!.paragraphs[0]).toBe(
      "Items received in the quarter: 20 (previous quarter: 10); of them appeals: 15, social-media comments: 5.",
    );
    expect(doc.sections[1]!.tables[0]!.rows).toEqual([
      ["appeals", 15, 75, 10, 50],
      ["social media", 5, 25, 0, null],
    ]);
    expect(doc.sections[5]!.paragraphs[0]).toBe(
      "1. Items through “appeals” grew by 50% against the previous quarter: find and address the causes.",
    );
  });
});

describe("§17 topics and §12 council pack", () => {
  it("§17 lists the body's topics from appeals and social comments, each with the §18 events held on it", () => {
    const doc = buildTopicsModel({
      locale: "kk",
      generatedOn: "2025-04-01",
      body,
      period,
      periodLabel: "2025-Q1",
      topics: [
        {
          title: { kk: "Салықтық шегерім", ru: "Налоговый вычет", en: "Tax deduction" },
          quarter: "2025-Q1",
          origin: "analysis",
          items: 30,
          events: [{ startsOn: "2025-03-05", url: "https://dialog.egov.kz/blogs/77" }],
        },
        {
          title: { kk: null, ru: "Электронные счета-фактуры", en: null },
          quarter: "2025-Q1",
          origin: "body",
          items: 0,
          events: [],
        },
      ],
      events: [],
    });
    expect(doc.sections[0]!.tables[0]!.rows).toEqual([
      [
        1,
        "Салықтық шегерім",
        "2025-Q1",
        "Жолданымдар мен әлеуметтік желідегі түсініктемелер",
        30,
        "05.03.2025 https://dialog.egov.kz/blogs/77",
      ],
      [2, "Электронные счета-фактуры", "2025-Q1", "Органның қосқаны", null, "Әлі өткізілген жоқ"],
    ]);
    expect(doc.sections[1]!.paragraphs).toEqual(["Жоқ."]);
  });
  it("puts draft budget programs and budget reports in their own tables, then the analysis", () => {
    const i = (kind: string, title: string): CouncilInitiative => ({
      kind,
      status: "discussion_closed",
      titleKk: title,
      titleRu: null,
      titleEn: null,
      discussionStartsOn: "2025-02-01",
      discussionEndsOn: "2025-02-10",
      openAccess: true,
      totals: { remarks: 3, accepted: 1, rejected: 1, undecided: 1, comments: 0, answered: 0 },
    });
    const doc = buildCouncilModel({
      locale: "kk",
      generatedOn: "2025-04-01",
      body,
      period,
      periodLabel: "2025-Q1",
      initiatives: [
        i("draft_budget_program", "Бағдарлама 001"),
        i("budget_report", "Есеп 001"),
        i("draft_legal_act", "Акт"),
      ],
      analysis: { current: [], previous: [], unansweredComments: 0, undecidedRemarks: 0, dialogueEvents: 0 },
    });
    expect(doc.sections[0]!.tables[0]!.rows.map((r) => r[1])).toEqual(["Бағдарлама 001"]);
    expect(doc.sections[1]!.tables[0]!.rows[0]!.slice(1, 5)).toEqual([
      "Есеп 001",
      "01.02.2025 – 10.02.2025",
      "талқылау аяқталды",
      3,
    ]);
    expect(doc.sections.map((s) => s.heading)).toContain("Ұсынымдар");
  });
});
