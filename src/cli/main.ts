/** The `pikir` command. Each subcommand lives in src/cli/commands/. */
import { Command } from "commander";
import { registerServe } from "./commands/serve.ts";
import { registerDatabaseCommands } from "./commands/database.ts";
import { registerEvaluate } from "./commands/evaluate.ts";
import { registerAudit } from "./commands/audit.ts";
import { registerAnalyze } from "./commands/analyze.ts";
import { registerWorker } from "./commands/worker.ts";
import { registerBackup } from "./commands/backup.ts";

const program = new Command("pikir")
  .description("Pikir — public feedback on the state's projects and initiatives (order No. 17-НҚ)")
  .showHelpAfterError();

registerServe(program);
registerDatabaseCommands(program);
registerEvaluate(program);
registerAudit(program);
registerAnalyze(program);
registerWorker(program);
registerBackup(program);
(await import("./commands/report.ts")).registerReport(program);
(await import("./commands/import.ts")).registerImport(program);
(await import("./commands/portal-monitor.ts")).registerPortalMonitors(program);
(await import("./commands/users.ts")).registerUsers(program);
(await import("./commands/monitoring.ts")).registerMonitoring(program);

program.parseAsync(process.argv).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
