/**
 * Every background job Pikir runs, in one list: the web process and `pikir worker` register the
 * same definitions. Handlers import their services lazily so that starting the queue stays cheap.
 */
import type { JobDefinition } from "./job-queue.ts";

/** A malformed body id would only fail and retry: a job refuses it once, loudly, and does nothing. */
function hasValidBodyId(ctx: { log: { error: (o: object, m: string) => void } }, job: string, data: { bodyId?: unknown }): boolean {
  if (data.bodyId === undefined || (typeof data.bodyId === "string" && /^[0-9a-f-]{36}$/i.test(data.bodyId))) return true;
  ctx.log.error({ data }, `${job}: bodyId is not a uuid; nothing done`);
  return false;
}

export const JOB_DEFINITIONS: JobDefinition<never>[] = [
  {
    // Nightly: a broken hash chain means someone edited the audit log behind the application.
    name: "audit.verify",
    cron: "30 2 * * *",
    expireInSeconds: 60 * 60,
    handler: async (ctx) => {
      const { verifyAudit } = await import("../services/audit/verify-audit.ts");
      const result = await verifyAudit(ctx.database.db);
      if (result.ok) ctx.log.info({ checked: result.checked }, "audit chain intact");
      else ctx.log.error({ brokenAt: result.brokenAt, checked: result.checked }, "AUDIT CHAIN BROKEN: the log was altered outside Pikir");
    },
  },
  {
    // Text analytics (issue 4): a body's period on demand (from the analysis page), a body's
    // unlabelled quarters after each import, and nightly every quarter with unlabelled items or
    // labels of an older model.
    name: "analysis.label",
    cron: "15 3 * * *",
    expireInSeconds: 3 * 60 * 60,
    handler: async (ctx, data: { bodyId?: string; from?: string; to?: string }) => {
      const { labelItems } = await import("../services/analysis/label-items.ts");
      const { labelPendingItems } = await import("../services/analysis/label-pending.ts");
      if (data.bodyId && data.from && data.to) await labelItems(ctx, { bodyId: data.bodyId, from: data.from, to: data.to });
      else ctx.log.info(await labelPendingItems(ctx, data.bodyId), data.bodyId ? "new items of a body labelled" : "nightly analysis labelling done");
    },
  },
  {
    // Issue 6: each body's officers and head get what is overdue or due within 7 days, in the outbox.
    name: "compliance.digest",
    cron: "0 8 * * *",
    expireInSeconds: 60 * 60,
    handler: async (ctx, data: { today?: string; bodyIds?: string[] }) => {
      const { buildDailyDigests } = await import("../services/reminders/build-daily-digests.ts");
      ctx.log.info(await buildDailyDigests(ctx, data), "daily compliance digest written to the outbox");
    },
  },
  {
    // §23 (issue 6): every recorded draft, budget-report and results address fetched anonymously,
    // the evidence kept and the entity's open_access flag set — before dawn, so bodies see a risk
    // of a zero in the morning. { bodyId } re-checks one body.
    name: "open-access.check",
    cron: "0 4 * * *",
    expireInSeconds: 2 * 60 * 60,
    retryLimit: 1,
    handler: async (ctx, data: { bodyId?: string }) => {
      const { SYSTEM_ACTOR } = await import("../context.ts");
      const { checkOpenAccess } = await import("../services/open-access/check-open-access.ts");
      if (!hasValidBodyId(ctx, "open-access.check", data)) return;
      if (data.bodyId === undefined) {
        // The demo's portal addresses are illustrative: a real fetch would zero every demo body.
        const { loadConfig } = await import("../config.ts");
        if (!loadConfig().openAccessDaily) {
          ctx.log.info("open-access.check: the daily check is off (demo installation; PIKIR_OPEN_ACCESS_DAILY=1 turns it on)");
          return;
        }
      }
      ctx.log.info(await checkOpenAccess(ctx, SYSTEM_ACTOR, { bodyId: data.bodyId }), "open-access check done");
    },
  },
  {
    // Issue 3: every enabled official account's comments fetched from its platform's API and
    // imported (idempotently, by source key) at the top of each hour; { bodyId } is "run now".
    // A failing account is recorded on the account, not retried: the next hour is its retry.
    name: "intake.monitor",
    cron: "0 * * * *",
    expireInSeconds: 55 * 60,
    retryLimit: 0,
    handler: async (ctx, data: { bodyId?: string }) => {
      const { SYSTEM_ACTOR } = await import("../context.ts");
      const { monitorAccounts } = await import("../services/imports/monitor-accounts.ts");
      if (!hasValidBodyId(ctx, "intake.monitor", data)) return;
      // Hourly runs fetch only what is new (with a week's overlap); the 03:00 run sweeps everything,
      // catching late comments under older posts. "Run now" (bodyId) is always a full sweep.
      const { kazakhstanHour } = await import("../services/period.ts");
      const run = await monitorAccounts(ctx, SYSTEM_ACTOR, { bodyId: data.bodyId, full: data.bodyId !== undefined || kazakhstanHour() === 3 });
      if (run.accounts.length || run.skipped) {
        const { ok, failed, skipped, added, updated } = run;
        ctx.log.info({ bodyId: data.bodyId, ok, failed, skipped, added, updated }, "official accounts monitored");
      }
    },
  },
  {
    // Issue 17: bodies' drafts on legalacts.egov.kz (pages, no API), every six hours; a draft whose
    // list counters did not change is not fetched again, except on the run at 05:00 Astana time,
    // which reads every draft of the list. { bodyId } is "run now" for one body (a full read).
    name: "intake.legalacts",
    cron: "40 */6 * * *",
    expireInSeconds: 5 * 60 * 60,
    retryLimit: 0,
    handler: async (ctx, data: { bodyId?: string }) => {
      const { SYSTEM_ACTOR } = await import("../context.ts");
      const { monitorLegalactsDrafts } = await import("../services/imports/monitor-legalacts-drafts.ts");
      if (!hasValidBodyId(ctx, "intake.legalacts", data)) return;
      const { kazakhstanHour } = await import("../services/period.ts");
      const run = await monitorLegalactsDrafts(ctx, SYSTEM_ACTOR, { bodyId: data.bodyId, full: data.bodyId !== undefined || kazakhstanHour() === 5 });
      if (run.bodies) ctx.log.info({ bodyId: data.bodyId, ...run }, "legalacts drafts monitored");
    },
  },
  {
    // Issue 7: feedback is partitioned by year; keep this year's and the next two years' partitions
    // made, so items never collect in the default partition (monthly; making one is a no-op after).
    name: "feedback.partitions",
    cron: "0 1 1 * *",
    expireInSeconds: 60 * 60,
    handler: async (ctx) => {
      const { ensureFeedbackPartitions } = await import("../services/maintenance/ensure-feedback-partitions.ts");
      const run = await ensureFeedbackPartitions(ctx);
      if (run.made.length) ctx.log.info(run, "feedback partitions made");
    },
  },
  {
    // Sends the outbox when SMTP_URL is set; otherwise the mail stays there for the UI.
    name: "outbox.send",
    cron: "*/5 * * * *",
    expireInSeconds: 10 * 60,
    handler: async (ctx) => {
      const { sendOutbox } = await import("../services/reminders/send-outbox.ts");
      const run = await sendOutbox(ctx);
      if (run.sent || run.failed) ctx.log.info(run, "outbox sent");
    },
  },
];
