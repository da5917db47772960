/** Walks the whole audit chain and reports the first entry whose hash does not follow. */
import type { Executor } from "../../context.ts";
import { GENESIS_HASH, hashAuditEntry, readAuditChain } from "../../repositories/audit.repository.ts";

export interface AuditVerification {
  ok: boolean;
  checked: number;
  /** The first broken entry, if any, and why. */
  brokenAt?: { id: number; reason: "prev_hash_mismatch" | "hash_mismatch" };
}

export async function verifyAudit(db: Executor, onProgress?: (checked: number) => void): Promise<AuditVerification> {
  let prev = GENESIS_HASH;
  let checked = 0;
  for await (const row of readAuditChain(db)) {
    if (row.prevHash !== prev) return { ok: false, checked, brokenAt: { id: row.id, reason: "prev_hash_mismatch" } };
    const { id: _id, hash, prevHash: _p, ...content } = row;
    if (hashAuditEntry(prev, content) !== hash)
      return { ok: false, checked, brokenAt: { id: row.id, reason: "hash_mismatch" } };
    prev = hash;
    checked++;
    if (onProgress && checked % 10_000 === 0) onProgress(checked);
  }
  return { ok: true, checked };
}
