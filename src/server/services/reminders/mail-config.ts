/**
 * Mail settings, read from the environment here (not in config.ts) because only the outbox sender
 * needs them. Without SMTP_URL, mail stays in the outbox, where the UI shows it (embedded mode).
 *   SMTP_URL   smtp://user:pass@host:587 or smtps://host:465 (nodemailer's connection URL)
 *   SMTP_FROM  the sender shown to recipients; default "Pikir <no-reply@pikir.kz>"
 */
export interface MailConfig {
  smtpUrl: string | null;
  from: string;
}

export function mailConfig(env: NodeJS.ProcessEnv = process.env): MailConfig {
  const smtpUrl = env.SMTP_URL?.trim() || null;
  if (smtpUrl && !/^smtps?:\/\//i.test(smtpUrl)) {
    throw new Error(`SMTP_URL must start with smtp:// or smtps:// (got "${smtpUrl.replace(/\/\/[^@]*@/, "//…@")}")`);
  }
  return { smtpUrl, from: env.SMTP_FROM?.trim() || "Pikir <no-reply@pikir.kz>" };
}
