/** The initiatives an import file carries (a portal's draft card), written the same way for a real and a dry run. */
import type { Actor, Executor } from "../../context.ts";
import { UnreadableFileError } from "../../importers/shared/encoding.ts";
import type { NormalisedInitiative } from "../../importers/shared/types.ts";
import { findInitiativePortalFacts, upsertInitiative } from "../../repositories/import-items.repository.ts";
import { appendAudit } from "../../repositories/audit.repository.ts";

/**
 * Writes the file's initiatives in `tx`: new ones audited as created, a change of a portal card's
 * facts (status, version, likes, counters …) audited with before and after.
 */
export async function writeFileInitiatives(
  tx: Executor,
  actor: Actor,
  bodyId: string,
  list: NormalisedInitiative[],
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const i of list) {
    const before = i.portalFacts ? await findInitiativePortalFacts(tx, i.source, i.sourceRef) : null;
    const row = await upsertInitiative(tx, bodyId, {
      source: i.source,
      sourceRef: i.sourceRef,
      kind: i.kind,
      titleKk: i.titles ? i.titles.kk : i.titleLang === "kk" ? i.title : null,
      titleRu: i.titles ? i.titles.ru : i.titleLang === "ru" ? i.title : null,
      startsOn: i.startsOn,
      endsOn: i.endsOn,
      url: i.url,
      summary: i.summary,
      portalFacts: i.portalFacts ?? null,
    });
    if (row.bodyId !== bodyId) throw new UnreadableFileError("file.other_body", { ref: i.sourceRef });
    if (row.inserted) {
      await appendAudit(tx, {
        actorId: actor.userId,
        actorLabel: `${actor.label} (import)`,
        action: "initiative.create",
        entity: "initiative",
        entityId: row.id,
        bodyId,
        after: i,
      });
    } else if (i.portalFacts && before && canonical(before) !== canonical(i.portalFacts)) {
      await appendAudit(tx, {
        actorId: actor.userId,
        actorLabel: `${actor.label} (import)`,
        action: "initiative.portal_change",
        entity: "initiative",
        entityId: row.id,
        bodyId,
        before,
        after: i.portalFacts,
      });
    }
    ids.set(i.sourceRef, row.id);
  }
  return ids;
}

/** JSON with object keys sorted: jsonb hands keys back in its own order, which is no change. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}
