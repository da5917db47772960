/**
 * An administrator releases an official account a body registered, or hands it to another body
 * (review 2026-12-security W12): before, the first body to register a channel kept it forever, so a
 * body could squat another's official account and no one could undo it.
 *
 * The account's monitoring settings go (their token variable was the old body's). An account no item
 * names is moved (reassign) or deleted (release). One that items were imported under keeps its row
 * for them, no longer official and under a retired name, so those items keep their source and stay
 * the old body's; the handle is then free, and the new body gets a fresh row for it. Audited.
 */
import { transaction, type Actor, type AppContext } from "../../context.ts";
import { notFound } from "../../errors.ts";
import { authorize } from "../../policies/policy.ts";
import { findBody, type BodyRow } from "../../repositories/body.repository.ts";
import { appendAudit } from "../../repositories/audit.repository.ts";
import {
  accountHasItems,
  deleteAccountMonitor,
  deleteSocialAccount,
  findAccountMonitor,
  findSocialAccountById,
  insertSocialAccount,
  moveSocialAccount,
  retireSocialAccount,
  type SocialAccountRow,
} from "../../repositories/account-monitor.repository.ts";
import { MonitorSettingsError } from "./save-account-monitor.ts";

export interface ReleasedAccount {
  /** The account as it was. */
  previous: SocialAccountRow;
  /** The account under the new body (null: released to no one). */
  current: SocialAccountRow | null;
  toBody: BodyRow | null;
  /** Items were imported under it: the old row stays for them, retired. */
  retained: boolean;
}

export async function releaseSocialAccount(
  ctx: AppContext,
  actor: Actor,
  input: { accountId: string; toBodyId: string | null },
): Promise<ReleasedAccount> {
  authorize(actor, "monitoring.reassign");
  return transaction(ctx, async (tx) => {
    const previous = await findSocialAccountById(tx, input.accountId);
    if (!previous?.official) throw notFound("social_account");
    const toBody = input.toBodyId ? await findBody(tx, input.toBodyId) : undefined;
    if (input.toBodyId && !toBody) throw notFound("body");
    if (toBody && toBody.id === previous.bodyId)
      throw new MonitorSettingsError("release.same_body", { handle: previous.handle }, 409);
    const monitor = await findAccountMonitor(tx, previous.id);
    const retained = await accountHasItems(tx, previous.id);
    await deleteAccountMonitor(tx, previous.id);
    let current: SocialAccountRow | null = null;
    if (!retained) {
      if (toBody) current = await moveSocialAccount(tx, previous.id, toBody.id);
      else await deleteSocialAccount(tx, previous.id);
    } else {
      await retireSocialAccount(tx, previous.id, `${previous.handle}~released-${previous.id.slice(0, 8)}`);
      if (toBody)
        current = await insertSocialAccount(tx, {
          bodyId: toBody.id,
          platform: previous.platform,
          handle: previous.handle,
          url: previous.url,
        });
    }
    await appendAudit(tx, {
      actorId: actor.userId,
      actorLabel: actor.label,
      action: toBody ? "monitoring.reassign" : "monitoring.release",
      entity: "social_account",
      entityId: previous.id,
      bodyId: previous.bodyId,
      before: {
        bodyId: previous.bodyId,
        platform: previous.platform,
        handle: previous.handle,
        monitor: monitor
          ? { enabled: monitor.enabled, externalId: monitor.externalId, tokenEnv: monitor.tokenEnv }
          : null,
      },
      after: { bodyId: toBody?.id ?? null, accountId: current?.id ?? null, retained },
    });
    return { previous, current, toBody: toBody ?? null, retained };
  });
}
