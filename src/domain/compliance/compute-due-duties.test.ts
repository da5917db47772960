import { describe, expect, it } from "vitest";
import {
  addDays,
  computeDueDuties,
  dutiesInWindow,
  quartersEndingIn,
  type ComplianceFacts,
  type Duty,
} from "./compute-due-duties.ts";

const none: ComplianceFacts = {
  today: "2025-05-10",
  from: "2025-04-01",
  to: "2025-06-30",
  discussions: [],
  unansweredComments: null,
  analysesSubmitted: [],
  publications: [],
  dialogueEventDays: [],
  requests: [],
};
const pick = (duties: Duty[], kind: Duty["kind"]) =>
  duties
    .filter((d) => d.kind === kind)
    .map((d) => [d.subject, d.dueOn, d.status, ...(d.count !== undefined ? [d.count] : [])]);

describe("calendar helpers", () => {
  it.each([
    ["2025-01-31", 1, "2025-02-01"],
    ["2024-02-28", 1, "2024-02-29"],
    ["2025-12-31", 15, "2026-01-15"],
    ["2025-03-01", -1, "2025-02-28"],
  ])("%s + %i days = %s", (day, n, expected) => expect(addDays(day, n)).toBe(expected));
  it("finds the quarters that end inside a window", () => {
    expect(quartersEndingIn("2025-03-01", "2025-09-30").map((q) => `${q.year}-Q${q.q}`)).toEqual([
      "2025-Q1",
      "2025-Q2",
      "2025-Q3",
    ]);
  });
});

describe("computeDueDuties", () => {
  it.each([
    // §5/§7: a window still open with undecided remarks is due on its last day
    [
      "§5, §7 open window",
      { endsOn: "2025-05-20", undecided: 2 },
      [["Draft", "2025-05-20", "due"]],
      [["Draft", "2025-05-20", "due", 2]],
    ],
    // §7: the window closed with remarks still undecided — overdue
    [
      "§7 closed, undecided",
      { endsOn: "2025-05-01", undecided: 3 },
      [["Draft", "2025-05-01", "done"]],
      [["Draft", "2025-05-01", "overdue", 3]],
    ],
    // §7: closed and everything decided — done
    [
      "§7 closed, all decided",
      { endsOn: "2025-05-01", undecided: 0 },
      [["Draft", "2025-05-01", "done"]],
      [["Draft", "2025-05-01", "done", 0]],
    ],
    // an open window with nothing undecided has no decision duty yet
    ["open, nothing received", { endsOn: "2025-06-01", undecided: 0 }, [["Draft", "2025-06-01", "due"]], []],
  ])("%s", (_name, d, closes, undecided) => {
    const duties = computeDueDuties({
      ...none,
      discussions: [{ id: "i", title: "Draft", kind: "draft_legal_act", ...d }],
    });
    expect(pick(duties, "discussion_closes")).toEqual(closes);
    expect(pick(duties, "remarks_undecided")).toEqual(undecided);
    expect(pick(duties, "council_session")).toEqual([]);
  });

  it.each([
    ["§5 message recorded", "draft_legal_act", "2025-05-01", true, [["Draft", "2025-05-01", "done"]], "§5"],
    ["§5 no message, period began", "draft_legal_act", "2025-05-01", false, [["Draft", "2025-05-01", "overdue"]], "§5"],
    [
      "§10 no message, period not begun",
      "draft_budget_program",
      "2025-05-20",
      false,
      [["Draft", "2025-05-20", "due"]],
      "§10",
    ],
    ["§5 message unknown to the caller: no duty", "draft_legal_act", "2025-05-01", undefined, [], null],
  ] as const)("%s", (_name, kind, startsOn, infoMessagePublished, expected, paragraph) => {
    const duties = computeDueDuties({
      ...none,
      discussions: [
        { id: "i", title: "Draft", kind, startsOn, endsOn: "2025-05-30", undecided: 0, infoMessagePublished },
      ],
    });
    expect(pick(duties, "info_message")).toEqual(expected);
    expect(duties.find((d) => d.kind === "info_message")?.paragraph ?? null).toBe(paragraph);
  });

  it.each([
    ["§12 budget discussion closed, council not yet met", null, "overdue", "2025-04-01"],
    ["§12 council met", "2025-04-20", "done", "2025-04-01"],
    ["§12 still within 30 days", null, "due", "2025-04-20"],
  ])("%s", (_name, councilHeldOn, status, endsOn) => {
    const duties = computeDueDuties({
      ...none,
      discussions: [
        { id: "b", title: "Program 001", kind: "draft_budget_program", endsOn, undecided: 0, councilHeldOn },
      ],
    });
    expect(pick(duties, "council_session")).toEqual([["Program 001", addDays(endsOn, 30), status]]);
    expect(duties.find((x) => x.kind === "remarks_undecided")!.paragraph).toBe("§11");
  });

  it.each([
    ["§20.2 oldest unanswered comment 20 days ago", "2025-04-20", "overdue"],
    ["§20.2 within 15 days", "2025-05-01", "due"],
  ])("%s", (_name, oldest, status) => {
    const duties = computeDueDuties({ ...none, unansweredComments: { count: 4, oldestReceivedOn: oldest } });
    expect(pick(duties, "comments_unanswered")).toEqual([["comments", addDays(oldest, 15), status, 4]]);
  });

  it("§14, §16, §18: quarterly analysis, interim and final publications and a half-yearly event", () => {
    const duties = computeDueDuties({
      ...none,
      today: "2026-01-20",
      from: "2025-10-01",
      to: "2026-01-31",
      analysesSubmitted: ["2025-Q4"],
      publications: [
        { kind: "interim", periodYear: 2025, periodQuarter: 3, openAccess: true },
        { kind: "interim", periodYear: 2025, periodQuarter: 4, openAccess: false },
      ],
      dialogueEventDays: ["2025-08-15"],
    });
    // 2025-Q2 lies before the window but within the 180-day horizon: still overdue, still listed
    expect(pick(duties, "quarterly_analysis")).toEqual([
      ["2025-Q2", "2025-07-15", "overdue"],
      ["2025-Q3", "2025-10-15", "overdue"],
      ["2025-Q4", "2026-01-15", "done"],
    ]);
    // §23: a publication found not in open access does not fulfil §16
    expect(pick(duties, "interim_results")).toEqual([
      ["2025-Q2", "2025-07-30", "overdue"],
      ["2025-Q3", "2025-10-30", "done"],
      ["2025-Q4", "2026-01-30", "due"],
    ]);
    expect(pick(duties, "final_results")).toEqual([["2025", "2026-01-30", "due"]]);
    expect(pick(duties, "dialogue_event")).toEqual([
      ["2025-H1", "2025-06-30", "overdue"],
      ["2025-H2", "2025-12-31", "done"],
    ]);
  });

  it("§18: a half-year without a conference or survey is overdue once it ends", () => {
    const duties = computeDueDuties({
      ...none,
      today: "2025-07-05",
      from: "2025-06-01",
      to: "2025-07-31",
      dialogueEventDays: ["2024-12-01"],
    });
    expect(pick(duties, "dialogue_event")).toEqual([
      ["2024-H2", "2024-12-31", "done"],
      ["2025-H1", "2025-06-30", "overdue"],
    ]);
  });

  it.each([
    ["§20 request with a due date, not submitted", "2025-05-01", false, "2025-05-01", "overdue"],
    ["§20 request submitted", "2025-05-01", true, "2025-05-01", "done"],
    ["§20 request without a date: 30 days", null, false, "2025-05-04", "overdue"],
  ])("%s", (_name, dueOn, submitted, expectedDue, status) => {
    const duties = computeDueDuties({
      ...none,
      requests: [{ roundId: "r", title: "2025 Q1", dueOn, requestedOn: "2025-04-04", submitted }],
    });
    expect(pick(duties, "ministry_request")).toEqual([["2025 Q1", expectedDue, status]]);
  });

  it("the window shows what falls due in it, plus whatever is still overdue from before", () => {
    const duties = computeDueDuties({ ...none, today: "2025-07-05", from: "2025-03-01", to: "2025-07-31" });
    const window = dutiesInWindow(duties, "2025-07-01", "2025-07-31");
    expect(window.map((d) => [d.kind, d.subject, d.status])).toEqual([
      ["dialogue_event", "2024-H2", "overdue"],
      ["quarterly_analysis", "2024-Q4", "overdue"],
      ["interim_results", "2024-Q4", "overdue"],
      ["final_results", "2024", "overdue"],
      ["quarterly_analysis", "2025-Q1", "overdue"],
      ["interim_results", "2025-Q1", "overdue"],
      ["dialogue_event", "2025-H1", "overdue"],
      ["quarterly_analysis", "2025-Q2", "due"],
      ["interim_results", "2025-Q2", "due"],
    ]);
  });
});

describe("overdue periodic duties survive a late window start (audit 2026-12, Calendar row)", () => {
  // The body calendar's default window is today−30..today+90; the 2026-Q3 §14 analysis fell due on
  // 2026-10-15 and must show as overdue on 2026-12-02 as it does in the ministry's overdue view.
  it.each([
    ["§14 Q3 analysis, window from today−30", "2026-11-02", "quarterly_analysis", "2026-Q3", "2026-10-15"],
    ["§16.1 Q3 interim results, window from today−30", "2026-11-02", "interim_results", "2026-Q3", "2026-10-30"],
    ["§14 Q2 analysis, window from today", "2026-12-02", "quarterly_analysis", "2026-Q2", "2026-07-15"],
    ["§18 H1 event, window from today", "2026-12-02", "dialogue_event", "2026-H1", "2026-06-30"],
  ] as const)("%s", (_name, from, kind, subject, dueOn) => {
    const facts: ComplianceFacts = { ...none, today: "2026-12-02", from, to: "2027-03-02" };
    const shown = dutiesInWindow(computeDueDuties(facts), facts.from, facts.to);
    expect(shown.filter((d) => d.kind === kind && d.subject === subject).map((d) => [d.dueOn, d.status])).toEqual([
      [dueOn, "overdue"],
    ]);
  });

  it("the body calendar and a from=today−180 view list the same overdue duties", () => {
    const today = "2026-12-02";
    const overdue = (from: string) =>
      dutiesInWindow(computeDueDuties({ ...none, today, from, to: today }), from, today)
        .filter((d) => d.status === "overdue")
        .map((d) => `${d.kind} ${d.subject}`);
    expect(overdue("2026-11-02")).toEqual(overdue(addDays(today, -180)));
  });
});
