/**
 * Database tests run the same suite on both engines:
 *   describeEachEngine("decisions", (ctx) => { it(..., async () => { ctx.database ... }) })
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, inject } from "vitest";
import { openDatabase, type Database, type Engine } from "../src/server/db/client.ts";
import { adminQuery, withDatabase } from "./pg-admin.ts";

export interface EngineContext {
  engine: Engine;
  database: Database;
}

export function testEngines(): Engine[] {
  return inject("pgTemplateDb") ? ["pglite", "pg"] : ["pglite"];
}

/** A fresh, migrated database of the given engine, private to the caller. */
export async function openTestDatabase(engine: Engine): Promise<{ database: Database; dispose: () => Promise<void> }> {
  if (engine === "pglite") {
    const dir = mkdtempSync(path.join(tmpdir(), "pikir-db-"));
    cpSync(inject("pgliteTemplateDir"), dir, { recursive: true });
    const database = await openDatabase({ engine: "pglite", dataDir: dir });
    return {
      database,
      dispose: async () => {
        await database.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const adminUrl = inject("pgAdminUrl")!;
  const name = `pikir_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  await adminQuery(adminUrl, `create database ${name} template ${inject("pgTemplateDb")}`);
  const database = await openDatabase({ engine: "pg", url: withDatabase(adminUrl, name), poolSize: 4 });
  return {
    database,
    dispose: async () => {
      await database.close();
      await adminQuery(adminUrl, `drop database if exists ${name}`);
    },
  };
}

export function describeEachEngine(name: string, body: (ctx: EngineContext) => void): void {
  for (const engine of testEngines()) {
    describe(`${name} [${engine}]`, () => {
      const ctx = { engine } as EngineContext;
      let dispose: () => Promise<void> = async () => {};
      beforeAll(async () => {
        const opened = await openTestDatabase(engine);
        ctx.database = opened.database;
        dispose = opened.dispose;
      });
      afterAll(async () => dispose());
      body(ctx);
    });
  }
}
