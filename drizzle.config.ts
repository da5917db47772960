import { defineConfig } from "drizzle-kit";

/**
 * `npm run db:generate` diffs the Drizzle tables against the newest snapshot in migrations/meta and
 * writes the next migration. Every schema file takes part through db/index.ts, which re-exports
 * them all for the application too (a new schema file is added there); the migrations themselves are
 * reviewed by hand, and src/server/db/schema-agreement.test.ts checks that both say the same.
 */
export default defineConfig({
  dialect: "postgresql",
  schema: "./src/server/db/index.ts",
  out: process.env.PIKIR_DRIZZLE_OUT ?? "./src/server/db/migrations",
});
