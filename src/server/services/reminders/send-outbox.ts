/**
 * Sends the outbox through SMTP (job "outbox.send", every 5 minutes). Without SMTP_URL nothing is
 * sent and the messages stay in the outbox, which the UI shows in the embedded mode. Each message
 * is claimed before sending, so parallel senders never mail it twice; a failure is kept on the row
 * and retried on the next run, up to MAX_ATTEMPTS.
 */
import nodemailer from "nodemailer";
import type { AppContext } from "../../context.ts";
import { claimUnsent, countUnsent, markFailed, markSent } from "../../repositories/outbox.repository.ts";
import { mailConfig, type MailConfig } from "./mail-config.ts";

const MAX_ATTEMPTS = 5;
const BATCH = 50;
const STALE_CLAIM_MS = 15 * 60_000;

export interface SendRun {
  smtp: boolean;
  sent: number;
  failed: number;
  pending: number;
}

export async function sendOutbox(
  ctx: AppContext,
  config: MailConfig = mailConfig(),
  options: { maxMessages?: number } = {},
): Promise<SendRun> {
  const db = ctx.database.db;
  if (!config.smtpUrl) return { smtp: false, sent: 0, failed: 0, pending: await countUnsent(db) };
  const transport = nodemailer.createTransport(config.smtpUrl);
  const run: SendRun = { smtp: true, sent: 0, failed: 0, pending: 0 };
  const max = options.maxMessages ?? 1_000;
  try {
    while (run.sent + run.failed < max) {
      const batch = await claimUnsent(
        db,
        Math.min(BATCH, max - run.sent - run.failed),
        new Date(),
        STALE_CLAIM_MS,
        MAX_ATTEMPTS,
      );
      if (batch.length === 0) break;
      for (const message of batch) {
        try {
          await transport.sendMail({
            from: config.from,
            to: message.email,
            subject: message.subject,
            text: message.body,
          });
          await markSent(db, message.id, new Date());
          run.sent++;
        } catch (error) {
          await markFailed(db, message.id, error instanceof Error ? error.message : String(error));
          run.failed++;
          ctx.log.warn({ outboxId: message.id, err: error }, "mail not sent; kept in the outbox for the next run");
        }
      }
    }
  } finally {
    transport.close();
  }
  run.pending = await countUnsent(db);
  return run;
}
