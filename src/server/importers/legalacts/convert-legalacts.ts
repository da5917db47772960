/**
 * legalacts.egov.kz export (§4–§8): `{ draft: {id, title, type, developer, discussionStart,
 * discussionEnd, url}, comments: [{id, author, createdAt, clause, type, text, status, reply, replyAt}] }`.
 * «Принято» / «Не принято» become decisions (referring to the act's clause), replies to comments answers.
 */
import {
  convertPortalCard,
  convertPortalComment,
  type PortalCard,
  type PortalComment,
} from "../shared/portal-comments.ts";
import type { ConvertResult, NormalisedInitiative } from "../shared/types.ts";

export const LEGALACTS_SOURCE = "legalacts";

export function convertLegalactsDraft(header: Record<string, unknown>): NormalisedInitiative | null {
  return convertPortalCard(LEGALACTS_SOURCE, "draft_legal_act", header.draft as PortalCard | undefined);
}

export function convertLegalactsComment(draftRef: string, comment: unknown): ConvertResult {
  return convertPortalComment(LEGALACTS_SOURCE, "act_clause", draftRef, (comment ?? {}) as PortalComment);
}
