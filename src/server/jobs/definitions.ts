/**
 * Every background job Pikir runs, in one list: the web process and `pikir worker` register the
 * same definitions. Handlers import their services lazily so that starting the queue stays cheap.
 */
import type { AppContext } from "../context.ts";
import type { JobDefinition } from "./job-queue.ts";
import { JOB_PAYLOADS, type JobData, type JobName } from "./job-payloads.ts";

export { JOB_PAYLOADS, type JobData, type JobName } from "./job-payloads.ts";

/**
 * One job: its data typed by its payload schema. The handler runs only on data that parses; a
 * malformed payload (a body id that is no uuid …) would only fail and retry, so it is refused once,
 * loudly, and nothing is done.
 */
function defineJob<N extends JobName>(
  name: N,
  definition: Omit<JobDefinition<JobData<N>>, "name" | "payload" | "handler"> & {
    handler: (ctx: AppContext, data: JobData<N>, job: { id: string }) => Promise<void>;
  },
): JobDefinition<JobData<N>> {
  const payload = JOB_PAYLOADS[name];
  return {
    ...definition,
    name,
    payload,
    handler: async (ctx, data, job) => {
      const parsed = payload.safeParse(data ?? {});
      if (!parsed.success) {
        ctx.log.error({ data, issues: parsed.error.issues }, `${name}: data refused; nothing done`);
        return;
      }
      await definition.handler(ctx, parsed.data as JobData<N>, job);
    },
  };
}

/** One portal's scheduled monitor: the same runner (services/imports/monitor-portal.ts) for each. */
function portalMonitorJob(
  name: "intake.legalacts" | "intake.budget" | "intake.dialog",
  portal: "legalacts" | "budget" | "dialog",
  cron: string,
): JobDefinition<JobData<typeof name>> {
  return defineJob(name, {
    cron,
    expireInSeconds: 5 * 60 * 60,
    // A failing item is recorded on the body's monitor; the next run is its retry.
    retryLimit: 0,
    handler: async (ctx, data) => {
      const { SYSTEM_ACTOR } = await import("../context.ts");
      const { monitorPortal } = await import("../services/imports/monitor-portal.ts");
      const { kazakhstanHour } = await import("../services/period.ts");
      const run = await monitorPortal(ctx, SYSTEM_ACTOR, portal, {
        bodyId: data.bodyId,
        full: data.bodyId !== undefined || kazakhstanHour() === 5,
      });
      if (run.bodies) ctx.log.info({ bodyId: data.bodyId, ...run }, `${portal} pages monitored`);
    },
  });
}

export const JOB_DEFINITIONS: JobDefinition<never>[] = [
  defineJob("audit.verify", {
    // Nightly: a broken hash chain means someone edited the audit log behind the application.
    cron: "30 2 * * *",
    expireInSeconds: 60 * 60,
    handler: async (ctx) => {
      const { verifyAudit } = await import("../services/audit/verify-audit.ts");
      const { auditAnchorOf } = await import("../services/audit/audit-anchor.ts");
      const { loadConfig } = await import("../config.ts");
      const result = await verifyAudit(ctx.database.db, undefined, auditAnchorOf(loadConfig().audit));
      if (result.ok) ctx.log.info({ checked: result.checked, anchor: result.anchor }, "audit chain intact");
      else
        ctx.log.error(
          { brokenAt: result.brokenAt, anchorProblem: result.anchorProblem, checked: result.checked },
          "AUDIT CHAIN BROKEN: the log was altered outside Pikir",
        );
    },
  }),
  defineJob("audit.checkpoint", {
    // W6: the chain's head signed every 15 minutes, so a deleted tail or a recomputed chain is seen.
    cron: "*/15 * * * *",
    expireInSeconds: 10 * 60,
    handler: async (ctx) => {
      const { writeAuditCheckpoint } = await import("../services/audit/write-audit-checkpoint.ts");
      const { auditAnchorOf } = await import("../services/audit/audit-anchor.ts");
      const { loadConfig } = await import("../config.ts");
      const outcome = await writeAuditCheckpoint(ctx, auditAnchorOf(loadConfig().audit));
      if (outcome.status === "written") ctx.log.info({ lastId: outcome.checkpoint.lastId }, "audit checkpoint written");
      if (outcome.status === "no_key") ctx.log.warn("PIKIR_AUDIT_KEY is not set: the audit chain is not anchored");
    },
  }),
  defineJob("analysis.label", {
    // Text analytics (issue 4): a body's period on demand (from the analysis page), a body's
    // unlabelled quarters after each import, and nightly every quarter with unlabelled items or
    // labels of an older model.
    cron: "15 3 * * *",
    expireInSeconds: 3 * 60 * 60,
    handler: async (ctx, data) => {
      const { labelItems } = await import("../services/analysis/label-items.ts");
      const { labelPendingItems } = await import("../services/analysis/label-pending.ts");
      if (data.bodyId && data.from && data.to)
        await labelItems(ctx, { bodyId: data.bodyId, from: data.from, to: data.to });
      else
        ctx.log.info(
          await labelPendingItems(ctx, data.bodyId),
          data.bodyId ? "new items of a body labelled" : "nightly analysis labelling done",
        );
    },
  }),
  defineJob("compliance.digest", {
    // Issue 6: each body's officers and head get what is overdue or due within 7 days, in the outbox.
    cron: "0 8 * * *",
    expireInSeconds: 60 * 60,
    handler: async (ctx, data) => {
      const { buildDailyDigests } = await import("../services/reminders/build-daily-digests.ts");
      ctx.log.info(await buildDailyDigests(ctx, data), "daily compliance digest written to the outbox");
    },
  }),
  defineJob("open-access.check", {
    // §23 (issue 6): every recorded draft, budget-report and results address fetched anonymously,
    // the evidence kept and the entity's open_access flag set — before dawn, so bodies see a risk
    // of a zero in the morning. { bodyId } re-checks one body.
    cron: "0 4 * * *",
    expireInSeconds: 2 * 60 * 60,
    retryLimit: 1,
    handler: async (ctx, data) => {
      const { SYSTEM_ACTOR } = await import("../context.ts");
      const { checkOpenAccess } = await import("../services/open-access/check-open-access.ts");
      if (data.bodyId === undefined) {
        // The demo's portal addresses are illustrative: a real fetch would zero every demo body.
        const { loadConfig } = await import("../config.ts");
        if (!loadConfig().openAccessDaily) {
          ctx.log.info(
            "open-access.check: the daily check is off (demo installation; PIKIR_OPEN_ACCESS_DAILY=1 turns it on)",
          );
          return;
        }
      }
      ctx.log.info(await checkOpenAccess(ctx, SYSTEM_ACTOR, { bodyId: data.bodyId }), "open-access check done");
    },
  }),
  defineJob("intake.monitor", {
    // Issue 3: every enabled official account's comments fetched from its platform's API and
    // imported (idempotently, by source key) at the top of each hour; { bodyId } is "run now".
    // A failing account is recorded on the account, not retried: the next hour is its retry.
    cron: "0 * * * *",
    expireInSeconds: 55 * 60,
    retryLimit: 0,
    handler: async (ctx, data) => {
      const { SYSTEM_ACTOR } = await import("../context.ts");
      const { monitorAccounts } = await import("../services/imports/monitor-accounts.ts");
      // Hourly runs fetch only what is new (with a week's overlap); the 03:00 run sweeps everything,
      // catching late comments under older posts. "Run now" (bodyId) is always a full sweep.
      const { kazakhstanHour } = await import("../services/period.ts");
      const run = await monitorAccounts(ctx, SYSTEM_ACTOR, {
        bodyId: data.bodyId,
        full: data.bodyId !== undefined || kazakhstanHour() === 3,
      });
      if (run.accounts.length || run.skipped) {
        const { ok, failed, skipped, added, updated } = run;
        ctx.log.info({ bodyId: data.bodyId, ok, failed, skipped, added, updated }, "official accounts monitored");
      }
    },
  }),
  // Issue 17: bodies' pages on the portals that have no API (legalacts drafts, budget programs, the
  // dialog blog), every six hours, each portal at its own minute (portal-readers.ts); an item that
  // did not change is not imported again, except on the run at 05:00 Astana time, which reads every
  // item. { bodyId } is "run now" for one body (a full read).
  portalMonitorJob("intake.legalacts", "legalacts", "40 */6 * * *"),
  portalMonitorJob("intake.budget", "budget", "50 */6 * * *"),
  portalMonitorJob("intake.dialog", "dialog", "20 */6 * * *"),
  defineJob("feedback.partitions", {
    // Issue 7: feedback is partitioned by year; keep this year's and the next two years' partitions
    // made, so items never collect in the default partition (monthly; making one is a no-op after).
    cron: "0 1 1 * *",
    expireInSeconds: 60 * 60,
    handler: async (ctx) => {
      const { ensureFeedbackPartitions } = await import("../services/maintenance/ensure-feedback-partitions.ts");
      const run = await ensureFeedbackPartitions(ctx);
      if (run.made.length) ctx.log.info(run, "feedback partitions made");
    },
  }),
  defineJob("initiatives.close-discussions", {
    // §5 (issue 10): a discussion past its last day closes by itself, just after midnight (Asia/Almaty).
    cron: "5 0 * * *",
    expireInSeconds: 10 * 60,
    handler: async (ctx) => {
      const { closeEndedDiscussions } = await import("../services/initiatives/close-ended-discussions.ts");
      const run = await closeEndedDiscussions(ctx);
      if (run.closed) ctx.log.info(run, "ended discussions closed");
    },
  }),
  defineJob("imports.recover", {
    // W17 rest: runs a crash left "running" and old uploads are recovered every 5 minutes, not only
    // when a server starts (a worker killed mid-import on another node is noticed too).
    cron: "*/5 * * * *",
    expireInSeconds: 5 * 60,
    retryLimit: 0,
    handler: async (ctx) => {
      const { recoverInterruptedImports } = await import("../services/imports/recover-interrupted-imports.ts");
      const { uploadsDir } = await import("../private-files.ts");
      await recoverInterruptedImports(ctx, { uploadsDir: uploadsDir() });
    },
  }),
  defineJob("imports.retention", {
    // Rejected rows' raw text (personal data) forgotten PIKIR_REJECTS_RETENTION_DAYS after the run ended.
    cron: "20 2 * * *",
    expireInSeconds: 60 * 60,
    handler: async (ctx) => {
      const { purgeRejectedRaw } = await import("../services/imports/purge-rejected-raw.ts");
      const { loadConfig } = await import("../config.ts");
      const run = await purgeRejectedRaw(ctx, { days: loadConfig().rejectsRetentionDays });
      if (run.cleared) ctx.log.info(run, "raw text of old rejected rows forgotten");
    },
  }),
  defineJob("outbox.send", {
    // Sends the outbox when SMTP_URL is set; otherwise the mail stays there for the UI.
    cron: "*/5 * * * *",
    expireInSeconds: 10 * 60,
    handler: async (ctx) => {
      const { sendOutbox } = await import("../services/reminders/send-outbox.ts");
      const run = await sendOutbox(ctx);
      if (run.sent || run.failed) ctx.log.info(run, "outbox sent");
    },
  }),
  defineJob("feedback.bulk", {
    // Issue 13: a bulk action on a whole filtered selection, in chunks; a retry resumes at the saved position.
    expireInSeconds: 60 * 60,
    handler: async (ctx, data) => {
      const { runBulkAction } = await import("../services/teamwork/run-bulk-action.ts");
      await runBulkAction(ctx, data.runId);
    },
  }),
];
