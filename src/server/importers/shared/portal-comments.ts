/**
 * The two portals with drafts and their feedback (legalacts.egov.kz §4–§8, budget.egov.kz
 * §9–§13) export the same way: a card of the draft, then its comments with the portal's status and
 * the developer's reply. Neither has a public API; these are the shapes of their export files.
 */
import type { InitiativeKind, ReferenceKind } from "../../db/enums.ts";
import { parseDate, isoDay } from "./dates.ts";
import { clean, guessLang } from "./text.ts";
import { parseKind, parseOutcome } from "./values.ts";
import { ok, refuse, type ConvertResult, type NormalisedInitiative } from "./types.ts";

export interface PortalCard {
  id?: unknown;
  title?: unknown;
  type?: unknown;
  developer?: unknown;
  discussionStart?: unknown;
  discussionEnd?: unknown;
  url?: unknown;
}

export interface PortalComment {
  id?: unknown;
  author?: unknown;
  createdAt?: unknown;
  clause?: unknown;
  type?: unknown;
  text?: unknown;
  status?: unknown;
  reply?: unknown;
  replyAt?: unknown;
}

export function convertPortalCard(
  source: string,
  kind: InitiativeKind,
  card: PortalCard | undefined,
): NormalisedInitiative | null {
  const id = clean(card?.id);
  const title = clean(card?.title);
  if (!id || !title) return null;
  const starts = parseDate(card?.discussionStart);
  const ends = parseDate(card?.discussionEnd);
  const lang = guessLang(title);
  return {
    source,
    sourceRef: id,
    kind,
    title,
    titleLang: lang === "kk" ? "kk" : "ru",
    startsOn: starts ? isoDay(starts) : null,
    endsOn: ends ? isoDay(ends) : null,
    url: clean(card?.url),
    summary: [clean(card?.type), clean(card?.developer)].filter(Boolean).join(" · ") || null,
  };
}

export function convertPortalComment(
  source: string,
  referenceKind: ReferenceKind,
  draftRef: string,
  c: PortalComment,
): ConvertResult {
  const id = clean(c.id);
  if (!id) return refuse("row.missing", { column: "id" });
  const text = clean(c.text);
  if (!text) return refuse("row.missing", { column: "text" });
  const receivedAt = parseDate(c.createdAt);
  if (!receivedAt) return refuse("row.bad_date", { column: "createdAt", value: String(c.createdAt ?? "") });
  const kind = parseKind(clean(c.type) ?? (clean(c.clause) ? "remark" : "comment"));
  if (!kind || kind === "appeal" || kind === "social_comment")
    return refuse("row.bad_value", { column: "type", value: String(c.type ?? "") });
  const outcome = parseOutcome(clean(c.status));
  if (outcome === undefined) return refuse("row.bad_value", { column: "status", value: String(c.status ?? "") });
  const reply = clean(c.reply);
  const decidable = kind === "remark" || kind === "proposal";
  return ok([
    {
      source,
      sourceRef: `${draftRef}/${id}`,
      channel: source === "legalacts" ? "legal_acts_portal" : "budget_portal",
      kind,
      text,
      receivedAt,
      author: clean(c.author),
      clauseRef: clean(c.clause),
      initiativeRef: draftRef,
      metadata: { portalStatus: clean(c.status), reply, replyAt: clean(c.replyAt), referenceKind },
      decision: decidable && outcome ? { outcome, text: reply } : null,
      answer: !decidable && reply ? { text: reply } : null,
    },
  ]);
}
