/**
 * §23 open access, checked (job "open-access.check", daily; or "check now" for one body): fetch
 * every required address, keep the evidence (time, status, sha-256 of what was served), and set
 * the entity's open_access flag from the result — which is what the evaluation reads.
 */
import { transaction, type Actor, type AppContext } from "../../context.ts";
import type { OpenAccessReason } from "../../../domain/compliance/classify-open-access.ts";
import { authorize } from "../../policies/policy.ts";
import { findBody } from "../../repositories/body.repository.ts";
import { notFound } from "../../errors.ts";
import {
  applyCheckToEntity,
  insertOpenAccessCheck,
  listRequiredAddresses,
  type RequiredAddress,
} from "../../repositories/open-access.repository.ts";
import { kazakhstanToday } from "../reports/report-scope.ts";
import { fetchAddress } from "./fetch-address.ts";
import { forEachBounded } from "../concurrency.ts";

export interface CheckOpenAccessOptions {
  /** One body ("check now"); omitted: every in-scope body (the daily job). */
  bodyId?: string;
  /** Time limit per address, whole exchange (default 15 s). */
  timeoutMs?: number;
  /** Addresses fetched at once (default 4): polite to the portals, bounded for the worker. */
  concurrency?: number;
  /** Bytes of each body read and hashed (default 2 MiB). */
  maxBytes?: number;
  allowPrivateAddresses?: boolean;
  today?: string;
}

export interface CheckRun {
  since: string;
  checked: number;
  ok: number;
  failed: number;
  reasons: Partial<Record<OpenAccessReason, number>>;
  /** False when the run reached no address at all (see looksLikeOurOutage): evidence kept, flags untouched. */
  flagsApplied: boolean;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
const DEFAULT_CONCURRENCY = 4;
const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

/**
 * The addresses that matter: everything a round could still cover. Rounds are opened after the
 * period ends, so last year's drafts and results still count until the next January.
 */
export function openAccessSince(today: string): string {
  return `${Number(today.slice(0, 4)) - 1}-01-01`;
}

export async function checkOpenAccess(
  ctx: AppContext,
  actor: Actor,
  options: CheckOpenAccessOptions = {},
): Promise<CheckRun> {
  authorize(actor, "open_access.check", options.bodyId);
  if (options.bodyId && !(await findBody(ctx.database.db, options.bodyId))) throw notFound("body");
  const since = openAccessSince(options.today ?? kazakhstanToday());
  const addresses = await listRequiredAddresses(ctx.database.db, { bodyId: options.bodyId, since });
  const run: CheckRun = { since, checked: 0, ok: 0, failed: 0, reasons: {}, flagsApplied: true };
  const fetchOptions = {
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    allowPrivateAddresses: options.allowPrivateAddresses ?? false,
  };
  // Fetch everything first and record afterwards: whether the flags may change depends on the run.
  const results: { address: RequiredAddress; checkedAt: Date; evidence: Evidence }[] = [];
  await forEachBounded(addresses, options.concurrency ?? DEFAULT_CONCURRENCY, async (address) => {
    const checkedAt = new Date();
    results.push({ address, checkedAt, evidence: await fetchAddress(address.url, fetchOptions) });
  });
  for (const { evidence } of results) {
    run.checked++;
    if (evidence.ok) run.ok++;
    else {
      run.failed++;
      run.reasons[evidence.reason!] = (run.reasons[evidence.reason!] ?? 0) + 1;
    }
  }
  run.flagsApplied = !looksLikeOurOutage(results.map((r) => r.evidence));
  if (!run.flagsApplied) {
    ctx.log.error(
      { checked: run.checked, reasons: run.reasons },
      "open-access check: no address answered at all; Pikir's own network is the likelier cause, so no body's flag was changed",
    );
  }
  for (const r of results) await record(ctx, actor, r.address, r.checkedAt, r.evidence, run.flagsApplied);
  return run;
}

type Evidence = Awaited<ReturnType<typeof fetchAddress>>;

const NETWORK_REASONS: ReadonlySet<OpenAccessReason> = new Set(["dns", "network", "timeout"]);

/**
 * A run in which not one address answered, and every failure was a failure to reach the host, says
 * more about the server Pikir runs on (its DNS, proxy or uplink) than about the bodies: zeroing
 * their F on that evidence would punish them for our outage. The evidence is kept; the flags wait
 * for a run that reaches at least one address.
 */
export function looksLikeOurOutage(evidence: readonly Evidence[]): boolean {
  return (
    evidence.length > 0 &&
    evidence.every((e) => !e.ok && e.reason !== undefined && e.reason !== null && NETWORK_REASONS.has(e.reason))
  );
}

async function record(
  ctx: AppContext,
  actor: Actor,
  address: RequiredAddress,
  checkedAt: Date,
  evidence: Evidence,
  applyFlag: boolean,
): Promise<void> {
  // Evidence and flag together: the flag never claims a check the evidence table does not hold.
  await transaction(ctx, async (tx) => {
    await insertOpenAccessCheck(tx, {
      bodyId: address.bodyId,
      entityKind: address.entityKind,
      entityId: address.entityId,
      url: address.url,
      checkedAt,
      ...evidence,
      requestedBy: actor.userId,
    });
    if (applyFlag) await applyCheckToEntity(tx, address.entityKind, address.entityId, evidence.ok, checkedAt);
  });
}
