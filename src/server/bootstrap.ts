/** Opens the configured database, applies migrations, and optionally seeds an empty one. */
import type { Logger } from "pino";
import type { AppContext } from "./context.ts";
import { migrateDatabase, openDatabase, type DatabaseConfig } from "./db/client.ts";
import { countBodies } from "./repositories/body.repository.ts";

export async function openAppContext(database: DatabaseConfig, log: Logger): Promise<AppContext> {
  const started = Date.now();
  const db = await openDatabase(database);
  await migrateDatabase(db);
  log.info({ engine: db.engine, ms: Date.now() - started }, "database ready, migrations applied");
  return { database: db, log };
}

export async function seedIfEmpty(ctx: AppContext, demo: boolean): Promise<boolean> {
  if ((await countBodies(ctx.database.db)) > 0) return false;
  const started = Date.now();
  // Seed code (and its demo texts) loads only when a database is actually empty.
  const { seedRegistry } = await import("./db/seed/seed-registry.ts");
  const { seedDemo } = await import("./db/seed/seed-demo.ts");
  const registry = await seedRegistry(ctx);
  ctx.log.info(registry, "registry seeded");
  if (demo) {
    const counts = await seedDemo(ctx, {
      onProgress: (done, total) => {
        if (done % 10 === 0 || done === total) ctx.log.info(`demo data: ${done}/${total} bodies`);
      },
    });
    ctx.log.info({ ...counts, ms: Date.now() - started }, "demo data seeded");
  }
  return true;
}
