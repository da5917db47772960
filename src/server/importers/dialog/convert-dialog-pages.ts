/**
 * Pages of dialog.egov.kz → §18 evidence and dialogue items.
 *
 * - An internet conference becomes a dialogue event (§17–§18: held, date, topic, number of
 *   questions and how many the body answered); a survey one with its options and votes.
 * - Each question (of a conference or a blog) becomes an item of the channel `dialogue_portal`,
 *   answered where the body answered. Such items never enter F (§2.8: comments are those of the
 *   open budgets and NPA portals; domain/evaluation/counts-in-f.ts).
 *
 * Source keys are the portal's question numbers (`question/<id>`), the same on a listing, an appeal
 * page and a conference, in Kazakh and in Russian; metadata keeps only ids, so a re-read adds nothing.
 */
import { isoDay, parseDate } from "../shared/dates.ts";
import { ok, type ConvertResult, type NormalisedItem, type NormalisedSurvey, type Params } from "../shared/types.ts";
import { PageStructureError, parseDialogPage, type DialogPage, type DialogQuestion } from "./parse-dialog-page.ts";

export const DIALOG_ORIGIN = "https://dialog.egov.kz";
export const DIALOG_PAGES_SOURCE = "dialog";

export interface DialogPageFile {
  url?: string | null;
  html: string;
}

export interface DialogRead {
  records: { position: number; raw: string; result: ConvertResult }[];
  warnings: { code: string; params: Params }[];
  questions: number;
}

function convertQuestion(q: DialogQuestion, context: Record<string, unknown>, fallback: Date | null): ConvertResult {
  const asked = (q.date ? parseDate(q.date) : null) ?? fallback;
  if (!asked) return { ok: false, problem: { code: "row.bad_date", params: { column: "date", value: q.date ?? "" } } };
  const item: NormalisedItem = {
    source: DIALOG_PAGES_SOURCE,
    sourceRef: `question/${q.id}`,
    channel: "dialogue_portal",
    kind: "comment",
    text: q.text,
    receivedAt: asked,
    author: q.author,
    metadata: { questionId: q.id, answeredOn: q.answer?.date?.slice(0, 10) ?? null, ...context },
    answer: q.answer ? { text: q.answer.text, url: `${DIALOG_ORIGIN}/blogs/all-questions/${q.id}` } : null,
  };
  return ok([item]);
}

const eventUrl = (page: Extract<DialogPage, { event: unknown }>) =>
  page.event.url ?? `${DIALOG_ORIGIN}/${page.kind === "survey" ? "surveys" : "conferences"}/${page.event.id}`;

/** Reads the pages of one conference, survey or blog; throws PageStructureError on a changed page. */
export function convertDialogPages(files: DialogPageFile[]): DialogRead {
  const pages = files.map((f, i) => ({ file: f, page: parseDialogPage(f.html, f.url ?? `page ${i + 1}`) }));
  const first = pages[0]?.page;
  if (!first) throw new PageStructureError("a page", "file");
  const mixed = pages.find((p) => p.page.kind !== first.kind);
  if (mixed)
    throw new PageStructureError(
      `one conference, survey or blog per import (${first.kind} and ${mixed.page.kind})`,
      mixed.file.url ?? "page",
    );
  const records: DialogRead["records"] = [];
  const warnings: DialogRead["warnings"] = [];
  if (first.kind === "survey") {
    const starts = first.event.startsOn ? parseDate(first.event.startsOn) : null;
    const ends = first.event.endsOn ? parseDate(first.event.endsOn) : null;
    const event: NormalisedSurvey = {
      url: eventUrl(first),
      topic: first.event.topic,
      kind: "survey",
      startsOn: isoDay(starts!),
      endsOn: ends ? isoDay(ends) : null,
      participants: first.event.participants,
      questions: first.questions,
      answered: null,
      options: first.options,
    };
    records.push({ position: 1, raw: JSON.stringify(first.event), result: ok([], { events: [event] }) });
    return { records, warnings, questions: 0 };
  }
  const seen = new Set<string>();
  const questions: DialogQuestion[] = [];
  for (const { page } of pages)
    for (const q of page.kind === "survey" ? [] : page.questions) {
      if (seen.has(q.id)) continue;
      seen.add(q.id);
      questions.push(q);
    }
  const context: Record<string, unknown> =
    first.kind === "conference"
      ? { eventId: first.event.id, eventKind: "internet_conference" }
      : { blogId: first.blogId };
  const fallback = first.kind === "conference" && first.event.startsOn ? parseDate(first.event.startsOn) : null;
  for (const q of questions)
    records.push({
      position: records.length + 1,
      raw: JSON.stringify(q).slice(0, 2000),
      result: convertQuestion(q, context, fallback),
    });
  const pagesShown = Math.max(...pages.map((p) => (p.page.kind === "survey" ? 1 : p.page.totalPages)));
  if (pagesShown > pages.length)
    warnings.push({ code: "dialog.partial", params: { read: pages.length, total: pagesShown } });
  if (first.kind === "conference") {
    const starts = parseDate(first.event.startsOn!)!;
    const ends = first.event.endsOn ? parseDate(first.event.endsOn) : null;
    const event: NormalisedSurvey = {
      url: eventUrl(first),
      topic: first.event.topic,
      kind: "internet_conference",
      startsOn: isoDay(starts),
      endsOn: ends ? isoDay(ends) : null,
      participants: first.event.participants ?? (new Set(questions.map((q) => q.author).filter(Boolean)).size || null),
      questions: questions.length,
      answered: questions.filter((q) => q.answer).length,
      options: [],
    };
    const head = records[0];
    if (head?.result.ok) head.result.value.events = [event];
    else records.unshift({ position: 0, raw: JSON.stringify(first.event), result: ok([], { events: [event] }) });
  }
  return { records, warnings, questions: questions.length };
}
