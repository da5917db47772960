/**
 * `pikir monitoring release`: the administrator's rescue for an official account another body
 * registered first (W12), from the command line; the same service and audit entry as
 * POST /api/monitoring/accounts/:id/release, with "cli:<os user>" as actor.
 */
import type { Command } from "commander";
import { isLocale } from "../../i18n/index.ts";
import { cliActor, withContext } from "./users.ts";

export function registerMonitoring(program: Command): void {
  const monitoring = program
    .command("monitoring")
    .description("official social-media accounts watched by intake.monitor");
  monitoring
    .command("release")
    .description("release an official account from the body that registered it, or hand it to another body (audited)")
    .requiredOption("--platform <platform>", "youtube, vk, facebook, instagram or telegram")
    .requiredOption("--handle <handle>", "the account's handle as Pikir lists it (a YouTube channel id, club123 …)")
    .option("--to <code>", "the registry code of the body that gets the account; omitted: released to no body")
    .option("--lang <kk|ru|en>", "language of the messages", "kk")
    .action(async (opts: { platform: string; handle: string; to?: string; lang: string }) => {
      const lang = isLocale(opts.lang) ? opts.lang : "kk";
      await withContext(lang, async (ctx) => {
        const { findBodyByCode } = await import("../../server/repositories/body.repository.ts");
        const { findSocialAccount } = await import("../../server/repositories/account-monitor.repository.ts");
        const { notFound } = await import("../../server/errors.ts");
        const { releaseSocialAccount } = await import("../../server/services/imports/release-social-account.ts");
        const { MonitorSettingsError } = await import("../../server/services/imports/save-account-monitor.ts");
        const { presentReleased } = await import("../../server/http/imports/monitoring.schema.ts");
        const { translate } = await import("../../i18n/index.ts");
        const { monitoringMessages } = await import("../../i18n/messages/monitoring.ts");
        const account = await findSocialAccount(
          ctx.database.db,
          opts.platform as Parameters<typeof findSocialAccount>[1],
          opts.handle.replace(/^@/, ""),
        );
        if (!account) throw notFound(`${opts.platform} @${opts.handle}`);
        const to = opts.to ? await findBodyByCode(ctx.database.db, opts.to) : undefined;
        if (opts.to && !to) throw notFound(`body ${opts.to}`);
        try {
          const released = await releaseSocialAccount(ctx, cliActor(), {
            accountId: account.id,
            toBodyId: to?.id ?? null,
          });
          console.log(presentReleased(released, lang).message);
        } catch (error) {
          if (!(error instanceof MonitorSettingsError)) throw error;
          console.error(translate(monitoringMessages, lang, error.code, error.params));
          process.exitCode = 2;
        }
      });
    });
}
