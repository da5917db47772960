/**
 * The compliance calendar: every duty a body has under the order, with its due date and status.
 * Pure: the service gathers the facts, this decides what is due, overdue or done.
 *
 * The order names the duties but not most deadlines; where it is silent we set one, named below,
 * so a reader sees the choice and a later amendment changes one constant:
 */
/** §20.2: days to answer a comment (the Law on appeals' 15-day term, taken as calendar days). */
const ANSWER_DAYS = 15;
/** §14: days after a quarter ends to complete its analysis and hand it to the head (§15). */
const ANALYSIS_DAYS = 15;
/** §16: days after a quarter (interim) or year (final) ends to publish the results. */
const PUBLICATION_DAYS = 30;
/** §12: days after a budget discussion closes to bring it to the public council. */
const COUNCIL_DAYS = 30;
/** §20: days to answer the authorised body's request when the round names no date. */
const REQUEST_DAYS = 30;
/**
 * How far back from today periodic duties (§14, §16, §18) are generated, whatever the window.
 * Without it an overdue duty vanished from a body's calendar once its period ended more than a
 * month before the window's start, while the ministry's overdue view (same horizon) still showed it.
 */
export const OVERDUE_LOOKBACK_DAYS = 180;

export const DUTY_KINDS = [
  "info_message",
  "discussion_closes",
  "remarks_undecided",
  "comments_unanswered",
  "quarterly_analysis",
  "interim_results",
  "final_results",
  "dialogue_event",
  "council_session",
  "ministry_request",
] as const;
type DutyKind = (typeof DUTY_KINDS)[number];
type DutyStatus = "due" | "overdue" | "done";

export interface Duty {
  kind: DutyKind;
  /** The paragraph of the order the duty comes from. */
  paragraph: string;
  dueOn: string;
  status: DutyStatus;
  /** What it is about: an initiative, a quarter ("2025-Q1"), a half-year, a round. */
  subject: string;
  subjectId?: string;
  /** How many items are still open, where the duty is about items. */
  count?: number;
}

export interface ComplianceFacts {
  today: string;
  /** The calendar's window: periodic duties are generated for periods ending inside it. */
  from: string;
  to: string;
  discussions: {
    id: string;
    title: string;
    kind: string;
    endsOn: string;
    /** The period's first day: the informational message (§5, §10) must announce it by then. */
    startsOn?: string | null;
    /** Absent where the caller does not know; false makes the §5/§10 message a duty. */
    infoMessagePublished?: boolean;
    undecided: number;
    councilHeldOn?: string | null;
  }[];
  unansweredComments: { count: number; oldestReceivedOn: string } | null;
  /** Quarters ("2025-Q1") whose §14 analysis was handed to the head. */
  analysesSubmitted: string[];
  publications: {
    kind: "interim" | "final";
    periodYear: number;
    periodQuarter: number | null;
    openAccess: boolean | null;
  }[];
  dialogueEventDays: string[];
  requests: { roundId: string; title: string; dueOn: string | null; requestedOn: string; submitted: boolean }[];
}

export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const statusOf = (done: boolean, dueOn: string, today: string): DutyStatus =>
  done ? "done" : today > dueOn ? "overdue" : "due";

function quarterEnd(year: number, q: number): string {
  return new Date(Date.UTC(year, q * 3, 0)).toISOString().slice(0, 10);
}

/** Calendar quarters whose last day lies in [from, to]. */
export function quartersEndingIn(from: string, to: string): { year: number; q: number; end: string }[] {
  const out = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    for (let q = 1; q <= 4; q++) {
      const end = quarterEnd(year, q);
      if (end >= from && end <= to) out.push({ year, q, end });
    }
  }
  return out;
}

export function computeDueDuties(f: ComplianceFacts): Duty[] {
  const duties: Duty[] = [];
  const push = (d: Omit<Duty, "status">, done: boolean) =>
    duties.push({ ...d, status: statusOf(done, d.dueOn, f.today) });

  for (const d of f.discussions) {
    // §5, §10: the informational message states the period (audit §5: an import left it empty, unnoticed).
    if (d.infoMessagePublished !== undefined)
      push(
        {
          kind: "info_message",
          paragraph: d.kind === "draft_legal_act" ? "§5" : "§10",
          dueOn: d.startsOn ?? d.endsOn,
          subject: d.title,
          subjectId: d.id,
        },
        d.infoMessagePublished,
      );
    // §5, §10: the window itself; §7, §11: every remark decided when it closes, for the report.
    push(
      {
        kind: "discussion_closes",
        paragraph: d.kind === "draft_legal_act" ? "§5" : "§10",
        dueOn: d.endsOn,
        subject: d.title,
        subjectId: d.id,
      },
      f.today > d.endsOn,
    );
    if (d.undecided > 0 || f.today > d.endsOn) {
      push(
        {
          kind: "remarks_undecided",
          paragraph: d.kind === "draft_legal_act" ? "§7" : "§11",
          dueOn: d.endsOn,
          subject: d.title,
          subjectId: d.id,
          count: d.undecided,
        },
        d.undecided === 0,
      );
    }
    if (d.kind === "draft_budget_program" || d.kind === "budget_report") {
      push(
        {
          kind: "council_session",
          paragraph: "§12",
          dueOn: addDays(d.endsOn, COUNCIL_DAYS),
          subject: d.title,
          subjectId: d.id,
        },
        Boolean(d.councilHeldOn),
      );
    }
  }
  if (f.unansweredComments && f.unansweredComments.count > 0) {
    push(
      {
        kind: "comments_unanswered",
        paragraph: "§20.2",
        dueOn: addDays(f.unansweredComments.oldestReceivedOn, ANSWER_DAYS),
        subject: "comments",
        count: f.unansweredComments.count,
      },
      false,
    );
  }
  const published = new Set(
    f.publications
      .filter((p) => p.openAccess !== false)
      .map((p) => (p.kind === "final" ? `${p.periodYear}-final` : `${p.periodYear}-Q${p.periodQuarter}`)),
  );
  // Periodic duties fall due after their period ends, so look back far enough to catch them; and
  // an overdue one stays overdue however late the window starts, so never start after the horizon.
  const horizon = addDays(f.today, -OVERDUE_LOOKBACK_DAYS);
  const since = f.from < horizon ? f.from : horizon;
  for (const { year, q, end } of quartersEndingIn(addDays(since, -PUBLICATION_DAYS - 1), f.to)) {
    const label = `${year}-Q${q}`;
    push(
      { kind: "quarterly_analysis", paragraph: "§14", dueOn: addDays(end, ANALYSIS_DAYS), subject: label },
      f.analysesSubmitted.includes(label),
    );
    push(
      { kind: "interim_results", paragraph: "§16.1", dueOn: addDays(end, PUBLICATION_DAYS), subject: label },
      published.has(label),
    );
    if (q === 4)
      push(
        { kind: "final_results", paragraph: "§16.2", dueOn: addDays(end, PUBLICATION_DAYS), subject: `${year}` },
        published.has(`${year}-final`),
      );
    if (q === 2 || q === 4) {
      const start = q === 2 ? `${year}-01-01` : `${year}-07-01`;
      push(
        { kind: "dialogue_event", paragraph: "§18", dueOn: end, subject: `${year}-H${q / 2}` },
        f.dialogueEventDays.some((day) => day >= start && day <= end),
      );
    }
  }
  for (const r of f.requests) {
    push(
      {
        kind: "ministry_request",
        paragraph: "§20",
        dueOn: r.dueOn ?? addDays(r.requestedOn, REQUEST_DAYS),
        subject: r.title,
        subjectId: r.roundId,
      },
      r.submitted,
    );
  }
  return duties.sort(
    (a, b) => a.dueOn.localeCompare(b.dueOn) || DUTY_KINDS.indexOf(a.kind) - DUTY_KINDS.indexOf(b.kind),
  );
}

/** The calendar's view: duties due inside the window, plus anything still overdue from before. */
export function dutiesInWindow(duties: Duty[], from: string, to: string): Duty[] {
  return duties.filter((d) => (d.dueOn >= from && d.dueOn <= to) || (d.status === "overdue" && d.dueOn < from));
}
