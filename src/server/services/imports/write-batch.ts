/**
 * Writes one batch of converted records in one transaction: items (set-wise upsert + history),
 * personal data, decisions and answers, the batch's rejected rows, and the run's counts and
 * checkpoint. A crash loses at most the batch in flight, and a rerun resumes after the checkpoint.
 */
import { transaction, type Actor, type AppContext, type Executor } from "../../context.ts";
import type { ReferenceKind } from "../../db/enums.ts";
import type { ImportRecord } from "../../importers/registry.ts";
import type { NormalisedInitiative, NormalisedItem, RowProblem } from "../../importers/shared/types.ts";
import { writeFileInitiatives } from "./write-file-initiatives.ts";
import { guessLang, pseudonym } from "../../importers/shared/text.ts";
import {
  commitWithoutFlushWait,
  ensureSocialAccount,
  findInitiativeIdsByRefs,
  findItemsByRefs,
  upsertDialogueEvent,
  upsertItemBatch,
  upsertPersonalData,
  type ItemRowJson,
  type PersonalRowJson,
} from "../../repositories/import-items.repository.ts";
import { advanceImportRun, insertImportRejects, type RunProgress } from "../../repositories/import-run.repository.ts";
import { applyImportedAnswer, applyImportedDecision } from "./apply-imported-replies.ts";
import type { ItemToLabel } from "../../repositories/analysis-labels.repository.ts";

export interface BatchContext {
  ctx: AppContext;
  actor: Actor;
  bodyId: string;
  runId: string | null;
  dryRun: boolean;
  authorKey: string;
  /** initiative source_ref → id (the file's own drafts, then template references as they are met). */
  initiatives: Map<string, string>;
  accounts: Map<string, string>;
  /** A dry run's initiatives of the file, written (and rolled back) inside each batch. */
  dryRunInitiatives?: NormalisedInitiative[];
}

export interface Reject {
  line: number;
  code: string;
  params: Record<string, string | number>;
  raw: string | null;
}

class DryRunRollback extends Error {}

/**
 * What the batch added and changed, for labelling in the same pass (label-imported-items.ts):
 * the items as the labelling reads them. Empty on a dry run.
 */
export interface BatchItems {
  inserted: ItemToLabel[];
  updated: ItemToLabel[];
}

export interface BatchResult {
  progress: RunProgress;
  rejects: Reject[];
  items?: BatchItems;
}

export async function writeBatch(b: BatchContext, records: ImportRecord[]): Promise<BatchResult> {
  const run = async (tx: Executor): Promise<BatchResult> => {
    if (!b.dryRun) await commitWithoutFlushWait(tx);
    const initiatives =
      b.dryRun && b.dryRunInitiatives?.length
        ? new Map([...b.initiatives, ...(await writeFileInitiatives(tx, b.actor, b.bodyId, b.dryRunInitiatives))])
        : b.initiatives;
    const rejects: Reject[] = [];
    const reject = (r: ImportRecord, p: RowProblem) =>
      rejects.push({ line: r.position, code: p.code, params: p.params ?? {}, raw: r.raw ?? null });
    // Later rows win over earlier rows with the same key in one batch (one upsert cannot touch a row twice).
    const byKey = new Map<string, { item: NormalisedItem; record: ImportRecord }>();
    const replies: { source: string; sourceRef: string; text: string; url?: string | null }[] = [];
    for (const r of records) {
      if (!r.result.ok) {
        reject(r, r.result.problem);
        continue;
      }
      const value = r.result.value;
      for (const p of value.problems ?? []) reject(r, p);
      for (const e of value.events ?? []) await upsertDialogueEvent(tx, b.bodyId, e);
      replies.push(...(value.replies ?? []));
      for (const item of value.items) {
        const key = `${item.source}\n${item.sourceRef}`;
        const earlier = byKey.get(key);
        if (earlier && earlier.record !== r)
          reject(earlier.record, { code: "row.duplicate", params: { line: r.position } });
        byKey.set(key, { item, record: r });
      }
    }

    const missingRefs = [
      ...new Set(
        [...byKey.values()]
          .map((e) => e.item.initiativeRef)
          .filter((ref): ref is string => !!ref && !initiatives.has(ref)),
      ),
    ];
    const found = await findInitiativeIdsByRefs(tx, b.bodyId, missingRefs);
    if (!b.dryRun) for (const [ref, id] of found) b.initiatives.set(ref, id);

    const rows: ItemRowJson[] = [];
    const personal: PersonalRowJson[] = [];
    const kept: { item: NormalisedItem; record: ImportRecord }[] = [];
    for (const entry of byKey.values()) {
      const { item, record } = entry;
      const initiativeId = item.initiativeRef
        ? (initiatives.get(item.initiativeRef) ?? found.get(item.initiativeRef))
        : null;
      if (item.initiativeRef && !initiativeId) {
        reject(record, { code: "row.unknown_initiative", params: { value: item.initiativeRef } });
        continue;
      }
      let accountId: string | null = null;
      if (item.account) {
        const key = `${item.account.platform}:${item.account.handle}`;
        accountId = b.accounts.get(key) ?? (await ensureSocialAccount(tx, b.bodyId, item.account));
        if (!b.dryRun) b.accounts.set(key, accountId);
      }
      kept.push(entry);
      rows.push({
        source: item.source,
        source_ref: item.sourceRef,
        channel: item.channel,
        kind: item.kind,
        text: item.text,
        lang: item.lang ?? guessLang(item.text),
        received_at: item.receivedAt.toISOString(),
        author_ref: item.author ? pseudonym(b.authorKey, item.source, item.author) : null,
        social_account_id: accountId,
        clause_ref: item.clauseRef ?? null,
        initiative_id: initiativeId ?? null,
        metadata: item.metadata,
      });
      if (item.personal) {
        const p = item.personal;
        personal.push({
          source: item.source,
          source_ref: item.sourceRef,
          full_name: p.fullName ?? null,
          iin: p.iin ?? null,
          phone: p.phone ?? null,
          email: p.email ?? null,
          address: p.address ?? null,
        });
      }
    }

    const upserted = await upsertItemBatch(tx, b.bodyId, b.runId, rows);
    await upsertPersonalData(tx, b.bodyId, personal);
    const changed = new Map<string, number>();
    let added = 0;
    let updated = 0;
    let foreign = 0;
    const keyed = new Map(kept.map((e) => [`${e.item.source}\n${e.item.sourceRef}`, e]));
    const items: BatchItems = { inserted: [], updated: [] };
    for (const u of upserted) {
      const key = `${u.source}\n${u.sourceRef}`;
      if (u.foreign) {
        foreign++;
        reject(keyed.get(key)!.record, { code: "row.other_body" });
        continue;
      }
      if (u.inserted) added++;
      else updated++;
      changed.set(key, u.id);
      const { item } = keyed.get(key)!;
      (u.inserted ? items.inserted : items.updated).push({
        id: u.id,
        text: item.text,
        kind: item.kind,
        receivedAt: item.receivedAt,
      });
    }
    for (const [key, itemId] of changed) {
      const { item } = keyed.get(key)!;
      if (item.decision && (item.kind === "remark" || item.kind === "proposal")) {
        await applyImportedDecision(tx, b.actor, b.runId, {
          itemId,
          bodyId: b.bodyId,
          outcome: item.decision.outcome,
          text: item.decision.text,
          clauseRef: item.clauseRef ?? null,
          statusText: String(item.metadata.portalStatus ?? item.metadata.status ?? "") || null,
          referenceKind: (item.metadata.referenceKind as ReferenceKind | undefined) ?? "document",
        });
      }
      if (item.answer)
        await applyImportedAnswer(tx, b.actor, b.runId, {
          itemId,
          bodyId: b.bodyId,
          text: item.answer.text,
          url: item.answer.url,
        });
    }
    if (replies.length) {
      const targets = await findItemsByRefs(tx, b.bodyId, replies);
      for (const r of replies) {
        const target = targets.get(`${r.source}\n${r.sourceRef}`);
        if (target)
          await applyImportedAnswer(tx, b.actor, b.runId, {
            itemId: target.id,
            bodyId: b.bodyId,
            text: r.text,
            url: r.url,
          });
      }
    }

    const last = records[records.length - 1]!;
    const progress: RunProgress = {
      rowsRead: records.length,
      added,
      updated,
      unchanged: rows.length - added - updated - foreign,
      rejected: new Set(rejects.map((r) => r.line)).size,
      checkpoint: last.position,
      bytesDone: last.bytes,
    };
    if (b.runId) {
      await insertImportRejects(
        tx,
        rejects.map((r) => ({ runId: b.runId!, ...r })),
      );
      await advanceImportRun(tx, b.runId, progress);
    }
    if (b.dryRun) throw new DryRunRollback(JSON.stringify({ progress, rejects }));
    return { progress, rejects, items };
  };
  try {
    return await transaction(b.ctx, run);
  } catch (error) {
    if (error instanceof DryRunRollback) return JSON.parse(error.message) as BatchResult;
    throw error;
  }
}
