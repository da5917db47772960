/** The outcome of verifying the audit log (and of writing a checkpoint), in words, kk/ru/en. */
import { auditMessages, type AuditMessageKey } from "../../../i18n/messages/audit.ts";
import { translate, type Locale, type MessageParams } from "../../../i18n/index.ts";
import { kazakhstanWallClock } from "../../../domain/time/kazakhstan-time.ts";
import type { AuditVerification } from "./verify-audit.ts";
import type { CheckpointOutcome } from "./write-audit-checkpoint.ts";

/** dd.mm.yyyy HH:mm in Kazakhstan time. */
function formatKazakhstanMinute(at: Date): string {
  const w = kazakhstanWallClock(at);
  return `${w.slice(8, 10)}.${w.slice(5, 7)}.${w.slice(0, 4)} ${w.slice(11, 16)}`;
}

const short = (hash: string) => `${hash.slice(0, 12)}…`;

/** Lines to print; `errors` are the lines that make the verification fail. */
export function describeAuditVerification(
  result: AuditVerification,
  locale: Locale,
): { info: string[]; warnings: string[]; errors: string[] } {
  const t = (key: AuditMessageKey, params?: MessageParams) => translate(auditMessages, locale, key, params);
  const info: string[] = [];
  const warnings: string[] = [];
  const errors: string[] = [];
  if (result.brokenAt) errors.push(t("verify.broken", { ...result.brokenAt, checked: result.checked }));
  const p = result.anchorProblem;
  if (p) {
    const c = p.checkpoint;
    const base = { at: formatKazakhstanMinute(c.at), checkpointId: c.lastId, checkpointEntries: c.entries };
    if (p.kind === "truncated") errors.push(t("verify.truncated", { ...base, lastId: p.lastId, entries: p.entries }));
    if (p.kind === "rewritten")
      errors.push(
        t("verify.rewritten", {
          ...base,
          hash: short(c.lastHash),
          found: p.foundHash ? short(p.foundHash) : t("verify.missing_entry"),
          entries: p.entries,
        }),
      );
    if (p.kind === "forged") errors.push(t("verify.forged", base));
    if (p.kind === "dropped") errors.push(t("verify.dropped", base));
  }
  if (errors.length === 0) {
    info.push(t("verify.intact", { entries: result.checked }));
    const latest = result.anchor.latest;
    if (latest)
      info.push(
        t("verify.anchored", {
          checkpoints: result.anchor.checkpoints,
          at: formatKazakhstanMinute(latest.at),
          lastId: latest.lastId,
          count: latest.entries,
        }),
      );
  }
  if (!result.anchor.keyConfigured) warnings.push(t("verify.no_key"));
  else if (result.anchor.checkpoints === 0) warnings.push(t("verify.no_checkpoint"));
  return { info, warnings, errors };
}

export function describeCheckpointOutcome(outcome: CheckpointOutcome, locale: Locale): string {
  const t = (key: AuditMessageKey, params?: MessageParams) => translate(auditMessages, locale, key, params);
  switch (outcome.status) {
    case "written":
      return t("checkpoint.written", {
        lastId: outcome.checkpoint.lastId,
        count: outcome.checkpoint.entries,
        hash: short(outcome.checkpoint.lastHash),
      });
    case "nothing_new":
      return t("checkpoint.nothing_new", { lastId: outcome.checkpoint?.lastId ?? 0 });
    case "no_key":
      return t("checkpoint.no_key");
    case "refused":
      return t("checkpoint.refused", { id: outcome.brokenAt });
  }
}
