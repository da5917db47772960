/**
 * The audit chain's anchor (W6): its head, signed with a key the database does not hold. Anyone with
 * the database role can delete the chain's tail or recompute every hash; they cannot sign a
 * checkpoint for the result without PIKIR_AUDIT_KEY, and the checkpoints already written, kept in an
 * append-only table and optionally in a file elsewhere, still name the head as it was.
 */
import { createHash, createHmac, timingSafeEqual } from "node:crypto";

export interface AuditKey {
  /** Public: names the key in a checkpoint without revealing it (key rotation). */
  id: string;
  secret: string;
}

export interface AuditAnchor {
  /** The key new checkpoints are signed with; none: no checkpoint is written. */
  current?: AuditKey;
  /** Every key a checkpoint may be verified with, by id (the current one and PIKIR_AUDIT_OLD_KEYS). */
  keys: Map<string, AuditKey>;
  /** The external copy: every checkpoint is appended to it as one JSON line. */
  file?: string;
}

export interface CheckpointContent {
  at: Date;
  lastId: number;
  lastHash: string;
  entries: number;
  prevSignature: string;
  keyId: string;
}

export interface SignedCheckpoint extends CheckpointContent {
  signature: string;
}

function auditKeyId(secret: string): string {
  return createHash("sha256").update("pikir-audit-key\n").update(secret).digest("hex").slice(0, 16);
}

export function auditAnchorOf(audit: {
  key?: string;
  oldKeys: readonly string[];
  checkpointFile?: string;
}): AuditAnchor {
  const keys = new Map<string, AuditKey>();
  for (const secret of [...audit.oldKeys, ...(audit.key ? [audit.key] : [])])
    keys.set(auditKeyId(secret), { id: auditKeyId(secret), secret });
  const current = audit.key ? keys.get(auditKeyId(audit.key)) : undefined;
  return { current, keys, file: audit.checkpointFile };
}

function message(c: CheckpointContent): string {
  return [
    "pikir-audit-checkpoint/1",
    c.at.toISOString(),
    c.lastId,
    c.lastHash,
    c.entries,
    c.prevSignature,
    c.keyId,
  ].join("\n");
}

export function signCheckpoint(key: AuditKey, content: Omit<CheckpointContent, "keyId">): SignedCheckpoint {
  const full = { ...content, keyId: key.id };
  return { ...full, signature: createHmac("sha256", key.secret).update(message(full)).digest("hex") };
}

/** "valid", or why not: signed with a key Pikir does not have, or not matching its content. */
export function checkSignature(anchor: AuditAnchor, c: SignedCheckpoint): "valid" | "unknown_key" | "invalid" {
  const key = anchor.keys.get(c.keyId);
  if (!key) return "unknown_key";
  const expected = Buffer.from(createHmac("sha256", key.secret).update(message(c)).digest("hex"));
  const given = Buffer.from(c.signature);
  return expected.length === given.length && timingSafeEqual(expected, given) ? "valid" : "invalid";
}
