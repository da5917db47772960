/**
 * dialog.egov.kz (open dialogue portal, §17–§19) export: `{events: [...]}` where an event is an
 * internet conference `{type: "conference", id, title, url, startsOn, endsOn, questions: [{id,
 * author, askedAt, text, answer: {text, answeredAt}}]}` or a survey `{type: "survey", id, title, url,
 * startsOn, endsOn, participants, questions: [{text, options: [{text, votes}]}]}`. Conference
 * questions become items (answered where the body answered); both become dialogue events.
 */
import { isoDay, parseDate } from "../shared/dates.ts";
import { clean } from "../shared/text.ts";
import { ok, refuse, type ConvertResult, type NormalisedItem, type RowProblem } from "../shared/types.ts";

export const DIALOG_SOURCE = "dialog";

interface Question {
  id?: unknown;
  author?: unknown;
  askedAt?: unknown;
  text?: unknown;
  answer?: { text?: unknown } | null;
  options?: { text?: unknown; votes?: unknown }[];
}
interface DialogEvent {
  type?: unknown;
  id?: unknown;
  title?: unknown;
  url?: unknown;
  startsOn?: unknown;
  endsOn?: unknown;
  participants?: unknown;
  questions?: Question[];
}

export function convertDialogEvent(record: unknown): ConvertResult {
  const e = (record ?? {}) as DialogEvent;
  const id = clean(e.id);
  const title = clean(e.title);
  const url = clean(e.url);
  if (!id || !title || !url) return refuse("row.missing", { column: !id ? "id" : !title ? "title" : "url" });
  const starts = parseDate(e.startsOn);
  if (!starts) return refuse("row.bad_date", { column: "startsOn", value: String(e.startsOn ?? "") });
  const ends = e.endsOn ? parseDate(e.endsOn) : null;
  const questions = e.questions ?? [];
  if (e.type === "survey") {
    const options = questions.flatMap((q) =>
      (q.options ?? []).map((o) => ({
        question: clean(q.text) ?? "",
        option: clean(o.text) ?? "",
        votes: Number(o.votes),
      })),
    );
    if (options.some((o) => !o.question || !o.option || !Number.isInteger(o.votes) || o.votes < 0))
      return refuse("row.bad_value", { column: "options", value: id });
    return ok([], {
      events: [
        {
          url,
          topic: title,
          kind: "survey",
          startsOn: isoDay(starts),
          endsOn: ends ? isoDay(ends) : null,
          participants: Number(e.participants) || null,
          questions: questions.length,
          options,
        },
      ],
    });
  }
  if (e.type !== "conference") return refuse("row.bad_value", { column: "type", value: String(e.type ?? "") });
  const items: NormalisedItem[] = [];
  const problems: RowProblem[] = [];
  for (const q of questions) {
    const qid = clean(q.id);
    const text = clean(q.text);
    if (!qid || !text) {
      problems.push({ code: "row.missing", params: { column: !qid ? "questions.id" : "questions.text" } });
      continue;
    }
    const asked = parseDate(q.askedAt) ?? starts;
    const answer = clean(q.answer?.text);
    items.push({
      source: DIALOG_SOURCE,
      sourceRef: `${id}/${qid}`,
      channel: "dialogue_portal",
      kind: "comment",
      text,
      receivedAt: asked,
      author: clean(q.author),
      metadata: { eventId: id, eventUrl: url, eventTitle: title },
      answer: answer ? { text: answer, url } : null,
    });
  }
  const participants =
    Number(e.participants) || new Set(questions.map((q) => clean(q.author)).filter(Boolean)).size || null;
  return ok(items, {
    events: [
      {
        url,
        topic: title,
        kind: "internet_conference",
        startsOn: isoDay(starts),
        endsOn: ends ? isoDay(ends) : null,
        participants,
        questions: questions.length,
        options: [],
      },
    ],
    problems,
  });
}
