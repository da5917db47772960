// The document models of the §20–§23 evaluation results, §16 results, §14 quarterly analysis, §17
// topics and §12 council pack.
import { describe, expect, it } from "vitest";
import { buildEvaluationModel, rankResults } from "./build-evaluation-model.ts";
import { buildResultsModel, missingSlots, type ResultsPublication } from "./build-results-model.ts";
import { buildQuarterlyModel, recommend, type VolumeCount } from "./build-quarterly-model.ts";
import { buildTopicsModel } from "./build-topics-model.ts";
import { buildCouncilModel, type CouncilInitiative } from "./build-council-model.ts";
import { body, period } from "./report-models.test-support.ts";

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
