/**
 * Walks the whole audit chain and reports the first entry whose hash does not follow; then holds the
 * chain against its signed checkpoints (W6): a checkpoint whose entry is gone or has another hash, or
 * whose count of entries differs, means the chain was recomputed; a checkpoint beyond the chain's end
 * means its tail was deleted. Checkpoints come from the table and from the external copy (the file),
 * so deleting them from the database is noticed too.
 */
import { readFile } from "node:fs/promises";
import type { Executor } from "../../context.ts";
import { GENESIS_HASH, hashAuditEntry, readAuditChain } from "../../repositories/audit.repository.ts";
import { listCheckpoints } from "../../repositories/audit-checkpoint.repository.ts";
import { checkSignature, type AuditAnchor, type SignedCheckpoint } from "./audit-anchor.ts";

type AnchorProblem =
  /** Entries were deleted from the end: the chain stops before a signed head. */
  | { kind: "truncated"; checkpoint: SignedCheckpoint; lastId: number; entries: number }
  /** The chain was recomputed: a signed head's entry is missing, or has another hash or count. */
  | { kind: "rewritten"; checkpoint: SignedCheckpoint; foundHash: string | null; entries: number }
  /** A checkpoint not signed by any configured key, or whose content was changed. */
  | { kind: "forged"; checkpoint: SignedCheckpoint; reason: "unknown_key" | "invalid" }
  /** A checkpoint in the external copy, or named by its successor, is missing from the table. */
  | { kind: "dropped"; checkpoint: SignedCheckpoint };

export interface AuditVerification {
  ok: boolean;
  checked: number;
  /** The first broken entry, if any, and why. */
  brokenAt?: { id: number; reason: "prev_hash_mismatch" | "hash_mismatch" };
  /** The first disagreement with the signed checkpoints. */
  anchorProblem?: AnchorProblem;
  anchor: {
    /** Signatures were checked (PIKIR_AUDIT_KEY is set). */
    keyConfigured: boolean;
    checkpoints: number;
    latest?: SignedCheckpoint;
  };
}

export async function verifyAudit(
  db: Executor,
  onProgress?: (checked: number) => void,
  anchor?: AuditAnchor,
): Promise<AuditVerification> {
  const { checkpoints, problem: copyProblem } = await collectCheckpoints(db, anchor);
  const summary = { keyConfigured: !!anchor?.keys.size, checkpoints: checkpoints.length, latest: checkpoints.at(-1) };
  let problem: AnchorProblem | undefined = copyProblem;
  if (anchor?.keys.size)
    for (const checkpoint of checkpoints) {
      const signature = checkSignature(anchor, checkpoint);
      if (signature !== "valid") {
        problem ??= { kind: "forged", checkpoint, reason: signature };
        break;
      }
    }
  const pending = [...checkpoints].sort((a, b) => a.lastId - b.lastId);
  let prev = GENESIS_HASH;
  let checked = 0;
  let lastId = 0;
  for await (const row of readAuditChain(db)) {
    // A signed entry that the walk has passed without meeting was deleted, and the chain re-linked.
    while (pending[0] && pending[0].lastId < row.id)
      problem ??= { kind: "rewritten", checkpoint: pending.shift()!, foundHash: null, entries: checked };
    if (row.prevHash !== prev)
      return {
        ok: false,
        checked,
        brokenAt: { id: row.id, reason: "prev_hash_mismatch" },
        anchorProblem: problem,
        anchor: summary,
      };
    const { id: _id, hash, prevHash: _p, ...content } = row;
    if (hashAuditEntry(prev, content) !== hash)
      return {
        ok: false,
        checked,
        brokenAt: { id: row.id, reason: "hash_mismatch" },
        anchorProblem: problem,
        anchor: summary,
      };
    prev = hash;
    checked++;
    lastId = row.id;
    while (pending[0] && pending[0].lastId === row.id) {
      const checkpoint = pending.shift()!;
      if (checkpoint.lastHash !== hash || checkpoint.entries !== checked)
        problem ??= { kind: "rewritten", checkpoint, foundHash: hash, entries: checked };
    }
    if (onProgress && checked % 10_000 === 0) onProgress(checked);
  }
  if (pending.length > 0) problem ??= { kind: "truncated", checkpoint: pending.at(-1)!, lastId, entries: checked };
  return { ok: !problem, checked, anchorProblem: problem, anchor: summary };
}

/**
 * The table's checkpoints and the external copy's, merged. Each names its predecessor's signature,
 * so one missing from the middle of the table, or present only in the file, is "dropped".
 */
async function collectCheckpoints(
  db: Executor,
  anchor: AuditAnchor | undefined,
): Promise<{ checkpoints: SignedCheckpoint[]; problem?: AnchorProblem }> {
  const stored: SignedCheckpoint[] = (await listCheckpoints(db)).map(({ id: _id, ...c }) => c);
  const bySignature = new Map(stored.map((c) => [c.signature, c]));
  let problem: AnchorProblem | undefined;
  for (const copy of anchor?.file ? await readCopy(anchor.file) : []) {
    if (bySignature.has(copy.signature)) continue;
    problem ??= { kind: "dropped", checkpoint: copy };
    bySignature.set(copy.signature, copy);
  }
  const all = [...bySignature.values()].sort((a, b) => a.at.getTime() - b.at.getTime() || a.lastId - b.lastId);
  for (const [i, c] of all.entries())
    if (c.prevSignature !== (all[i - 1]?.signature ?? "")) problem ??= { kind: "dropped", checkpoint: c };
  return { checkpoints: all, problem };
}

async function readCopy(file: string): Promise<SignedCheckpoint[]> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => {
      const c = JSON.parse(line) as Omit<SignedCheckpoint, "at"> & { at: string };
      return { ...c, at: new Date(c.at) };
    });
}
