/**
 * Dates on evidence must be possible (issue 10): the record is proof of a duty done, so a §16
 * publication or §6 media work cannot be dated after today (Kazakhstan's calendar day), a §6 event
 * cannot be announced after it happened (the announcement is what lets the public take part), and a
 * §14 analysis cannot be of a quarter that has not begun, and a §12 public-council session cannot be
 * held in the future nor before the discussion it hears began. Pure: the services pass today in.
 */
export type EvidenceDateProblem =
  | { code: "evidence_date_future"; params: { field: string; date: string; today: string } }
  | { code: "announced_after_event"; params: { announcedOn: string; happenedOn: string } }
  | { code: "review_quarter_future"; params: { quarter: string; today: string } }
  | { code: "council_before_discussion"; params: { heldOn: string; startsOn: string } };

/** §16: the publication date of interim or final results. */
export function publicationDateProblem(p: { publishedOn: string }, today: string): EvidenceDateProblem | null {
  return p.publishedOn > today
    ? { code: "evidence_date_future", params: { field: "publishedOn", date: p.publishedOn, today } }
    : null;
}

/** §6: a briefing, publication or live broadcast, with its optional advance announcement. */
export function mediaWorkDateProblem(
  m: { happenedOn: string; announcedOn?: string | null },
  today: string,
): EvidenceDateProblem | null {
  if (m.happenedOn > today)
    return { code: "evidence_date_future", params: { field: "happenedOn", date: m.happenedOn, today } };
  if (m.announcedOn && m.announcedOn > m.happenedOn)
    return { code: "announced_after_event", params: { announcedOn: m.announcedOn, happenedOn: m.happenedOn } };
  return null;
}

/** §14: the quarter analysed must have begun (its first day on or before today). */
export function reviewQuarterProblem(q: { year: number; q: number }, today: string): EvidenceDateProblem | null {
  const firstDay = `${q.year}-${String((q.q - 1) * 3 + 1).padStart(2, "0")}-01`;
  return firstDay > today ? { code: "review_quarter_future", params: { quarter: `${q.year}-Q${q.q}`, today } } : null;
}

/**
 * §12: the council hears the analysis of a discussion (or an implementation report), so the session
 * cannot precede the discussion's first day, nor be dated after today. An initiative without a
 * recorded start is checked for the future only.
 */
export function councilSessionDateProblem(
  s: { heldOn: string; discussionStartsOn?: string | null },
  today: string,
): EvidenceDateProblem | null {
  if (s.heldOn > today) return { code: "evidence_date_future", params: { field: "heldOn", date: s.heldOn, today } };
  if (s.discussionStartsOn && s.heldOn < s.discussionStartsOn)
    return { code: "council_before_discussion", params: { heldOn: s.heldOn, startsOn: s.discussionStartsOn } };
  return null;
}
