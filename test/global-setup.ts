/**
 * Migrates once per run: a PGlite data directory and a PostgreSQL template database, both at the
 * current migrations. Each test file then gets its own copy (see test/db.ts), so files run in
 * parallel without sharing state and without paying for a fresh migration each.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { migrateDatabase, openDatabase } from "../src/server/db/client.ts";
import { createPgTemplate, pgTestSettings } from "./pg-admin.ts";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplateDir: string;
    pgTemplateDb: string | null;
    pgAdminUrl: string | null;
  }
}

export default async function setup(project: TestProject) {
  const root = mkdtempSync(path.join(tmpdir(), "pikir-test-"));
  const templateDir = path.join(root, "pglite-template");
  const database = await openDatabase({ engine: "pglite", dataDir: templateDir });
  await migrateDatabase(database);
  await database.close();
  project.provide("pgliteTemplateDir", templateDir);

  const pg = pgTestSettings();
  let template: string | null = null;
  if (pg) template = await createPgTemplate(pg.adminUrl);
  project.provide("pgTemplateDb", template);
  project.provide("pgAdminUrl", pg?.adminUrl ?? null);

  return () => rmSync(root, { recursive: true, force: true });
}
