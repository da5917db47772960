/**
 * A body's §23 risk, now: which required addresses are not in open access, with the latest
 * evidence for each — so the body sees "F would be zeroed because …" and can fix the page before
 * the ministry computes a round. Same grouping and the same domain rule as the evaluation.
 */
import { zeroReasonsFor, type OpenAccess, type ZeroReason } from "../../../domain/evaluation/open-access.ts";
import type { Actor, AppContext } from "../../context.ts";
import { notFound } from "../../errors.ts";
import { authorize } from "../../policies/policy.ts";
import { findBody } from "../../repositories/body.repository.ts";
import {
  listLatestChecks,
  listRequiredAddresses,
  listWithoutAddress,
  type OpenAccessCheckRow,
  type RequiredAddress,
} from "../../repositories/open-access.repository.ts";
import { kazakhstanToday } from "../reports/report-scope.ts";
import { openAccessSince } from "./check-open-access.ts";

export interface AddressStatus extends RequiredAddress {
  latest: OpenAccessCheckRow | null;
}

export interface OpenAccessRisk {
  bodyId: string;
  since: string;
  items: AddressStatus[];
  /** Per §23 group: false if any address is out of open access, true if all checked ones are open. */
  openAccess: OpenAccess;
  /** What the evaluation would zero F for today (empty: no risk). */
  zeroReasons: ZeroReason[];
  /** The addresses behind the zero reasons. */
  failing: AddressStatus[];
  unchecked: number;
  /** Drafts and reports of the window with no portal address recorded (not zeroed by Pikir, but unprovable). */
  withoutAddress: Awaited<ReturnType<typeof listWithoutAddress>>;
}

export async function readOpenAccessRisk(
  ctx: AppContext,
  actor: Actor,
  bodyId: string,
  options: { today?: string } = {},
): Promise<OpenAccessRisk> {
  authorize(actor, "open_access.read", bodyId);
  const db = ctx.database.db;
  if (!(await findBody(db, bodyId))) throw notFound("body");
  const since = openAccessSince(options.today ?? kazakhstanToday());
  const [addresses, checks, withoutAddress] = await Promise.all([
    listRequiredAddresses(db, { bodyId, since }),
    listLatestChecks(db, bodyId),
    listWithoutAddress(db, bodyId, since),
  ]);
  const latest = new Map(checks.map((c) => [`${c.entityKind}:${c.entityId}`, c]));
  const items = addresses.map(
    (a): AddressStatus => ({ ...a, latest: latest.get(`${a.entityKind}:${a.entityId}`) ?? null }),
  );
  // The entity's flag is what the evaluation reads (it may also be set by hand), so it decides.
  const openAccess: OpenAccess = {};
  for (const item of items) {
    if (item.openAccess === null) continue;
    openAccess[item.category] = (openAccess[item.category] ?? true) && item.openAccess;
  }
  return {
    bodyId,
    since,
    items,
    openAccess,
    zeroReasons: zeroReasonsFor(openAccess),
    failing: items.filter((i) => i.openAccess === false),
    unchecked: items.filter((i) => i.openAccess === null).length,
    withoutAddress,
  };
}
