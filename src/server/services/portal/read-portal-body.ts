/**
 * One body's public page: its official indicator over published rounds with the explanation of
 * each figure, its announced discussions with their decision counts, its §16 results and its
 * §17–§18 conferences and surveys. Unpublished rounds never reach this page.
 */
import type { ExplanationLine } from "../../../domain/evaluation/explanation.ts";
import type { AppContext } from "../../context.ts";
import { notFound } from "../../errors.ts";
import { listRegions, type RegionRow } from "../../repositories/body.repository.ts";
import {
  listDialogueEvents,
  listResultPublications,
  type DialogueEventRow,
  type ResultPublicationRow,
} from "../../repositories/evidence.repository.ts";
import {
  countInitiativeDecisions,
  findPortalBody,
  listBodyPublishedHistory,
  listPublicInitiatives,
  type PortalBodyRow,
  type PortalInitiativeRow,
  type PublishedResult,
} from "../../repositories/portal.repository.ts";

export interface PortalHistoryEntry extends PublishedResult {
  explanation: ExplanationLine[];
  zeroReasons: string[];
}

export interface PortalBody {
  body: PortalBodyRow;
  region: RegionRow | null;
  history: PortalHistoryEntry[];
  initiatives: { initiative: PortalInitiativeRow; counts: { received: number; accepted: number; rejected: number } }[];
  publications: ResultPublicationRow[];
  events: DialogueEventRow[];
}

/** The stored explanation is the domain's IndicatorResult (plus extras): pick what the page shows. */
function explanationOf(stored: unknown): { lines: ExplanationLine[]; zeroReasons: string[] } {
  const value = (stored ?? {}) as { explanation?: unknown; zeroReasons?: unknown };
  const lines = Array.isArray(value.explanation) ? (value.explanation as ExplanationLine[]) : [];
  const zeroReasons = Array.isArray(value.zeroReasons)
    ? value.zeroReasons.filter((r): r is string => typeof r === "string")
    : [];
  return { lines, zeroReasons };
}

export async function readPortalBody(ctx: AppContext, code: string): Promise<PortalBody> {
  const db = ctx.database.db;
  const body = await findPortalBody(db, code);
  if (!body) throw notFound("state body");
  const [history, initiatives, publications, events, regions] = await Promise.all([
    listBodyPublishedHistory(db, body.id),
    listPublicInitiatives(db, body.id),
    listResultPublications(db, body.id),
    listDialogueEvents(db, body.id),
    listRegions(db),
  ]);
  const counts = await countInitiativeDecisions(
    db,
    initiatives.map((i) => i.id),
  );
  return {
    body,
    region: regions.find((r) => r.code === body.regionCode) ?? null,
    history: history.map(({ explanation, ...result }) => {
      const { lines, zeroReasons } = explanationOf(explanation);
      return { ...result, explanation: lines, zeroReasons };
    }),
    initiatives: initiatives.map((initiative) => ({
      initiative,
      counts: counts.get(initiative.id) ?? { received: 0, accepted: 0, rejected: 0 },
    })),
    publications,
    events,
  };
}
