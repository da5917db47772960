/**
 * Signs the audit chain's head (W6), every 15 minutes (the audit.checkpoint job) and on demand
 * (`pikir audit checkpoint`). The entries since the previous checkpoint are checked first, so a head
 * reached by tampering is never signed: the checkpoint is refused and the break reported instead.
 */
import { appendFile } from "node:fs/promises";
import { transaction, type AppContext } from "../../context.ts";
import { GENESIS_HASH, hashAuditEntry } from "../../repositories/audit.repository.ts";
import {
  findAuditEntry,
  findLatestCheckpoint,
  insertCheckpoint,
  lockAuditChain,
  readAuditEntriesAfter,
  type AuditCheckpointRow,
} from "../../repositories/audit-checkpoint.repository.ts";
import { signCheckpoint, type AuditAnchor } from "./audit-anchor.ts";

export type CheckpointOutcome =
  | { status: "written"; checkpoint: AuditCheckpointRow }
  | { status: "nothing_new"; checkpoint?: AuditCheckpointRow }
  | { status: "no_key" }
  | { status: "refused"; brokenAt: number };

const PAGE = 5_000;

export async function writeAuditCheckpoint(ctx: AppContext, anchor: AuditAnchor): Promise<CheckpointOutcome> {
  const key = anchor.current;
  if (!key) return { status: "no_key" };
  const outcome = await transaction(ctx, async (tx): Promise<CheckpointOutcome> => {
    await lockAuditChain(tx);
    const last = await findLatestCheckpoint(tx);
    if (last && (await findAuditEntry(tx, last.lastId))?.hash !== last.lastHash)
      return { status: "refused", brokenAt: last.lastId };
    let prev = last?.lastHash ?? GENESIS_HASH;
    let head = last ? { id: last.lastId, hash: last.lastHash } : undefined;
    let entries = last?.entries ?? 0;
    for (;;) {
      const page = await readAuditEntriesAfter(tx, head?.id ?? 0, PAGE);
      for (const row of page) {
        const { id, hash, prevHash, ...content } = row;
        if (prevHash !== prev || hashAuditEntry(prev, content) !== hash) return { status: "refused", brokenAt: id };
        prev = hash;
        head = { id, hash };
        entries++;
      }
      if (page.length < PAGE) break;
    }
    if (!head || (last && head.id === last.lastId)) return { status: "nothing_new", checkpoint: last };
    const signed = signCheckpoint(key, {
      at: new Date(),
      lastId: head.id,
      lastHash: head.hash,
      entries,
      prevSignature: last?.signature ?? "",
    });
    return { status: "written", checkpoint: await insertCheckpoint(tx, signed) };
  });
  if (outcome.status === "written" && anchor.file) {
    const { id: _id, ...copy } = outcome.checkpoint;
    await appendFile(anchor.file, `${JSON.stringify(copy)}\n`, { mode: 0o600 });
  }
  if (outcome.status === "refused")
    ctx.log.error({ brokenAt: outcome.brokenAt }, "AUDIT CHAIN BROKEN since the last checkpoint: not signed");
  return outcome;
}
