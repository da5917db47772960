/**
 * Review 2026-12-security W26 with a real process: a worker is given SIGTERM while a job runs.
 * Before, the database was closed under the running job ("Cannot use a pool after calling end on the
 * pool") and it was left to chance. Now the process stops taking jobs, waits for the running one up
 * to PIKIR_SHUTDOWN_TIMEOUT_SECONDS, and a job still running then is handed back to the queue: never
 * "completed", its transaction never half-applied.
 */
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, inject, it } from "vitest";
import { adminQuery, withDatabase } from "../../test/pg-admin.ts";
import { openDatabase, type Database } from "./db/client.ts";
import { testEngines } from "../../test/db.ts";

const FIXTURE = path.resolve("test/fixtures/shutdown-worker.ts");

interface Outcome {
  code: number | null;
  stderr: string;
  jobId: string;
  state: string;
  steps: string[];
  waitedMs: number;
}

for (const engine of testEngines()) {
  describe(`graceful shutdown during a job (W26) [${engine}]`, () => {
    const cleanups: (() => Promise<void>)[] = [];
    afterAll(async () => {
      for (const c of cleanups) await c();
    });

    /** A fresh database for one worker process, and a way to open it after the process is gone. */
    async function freshDatabase(): Promise<{ env: NodeJS.ProcessEnv; open: () => Promise<Database> }> {
      if (engine === "pglite") {
        const root = mkdtempSync(path.join(tmpdir(), "pikir-w26-"));
        cpSync(inject("pgliteTemplateDir"), path.join(root, "pglite"), { recursive: true });
        cleanups.push(async () => rmSync(root, { recursive: true, force: true }));
        return {
          env: { PIKIR_DATA_DIR: root, DATABASE_URL: "" },
          open: () => openDatabase({ engine: "pglite", dataDir: path.join(root, "pglite") }),
        };
      }
      const adminUrl = inject("pgAdminUrl")!;
      const name = `pikir_w26_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
      await adminQuery(adminUrl, `create database ${name} template ${inject("pgTemplateDb")}`);
      cleanups.push(() => adminQuery(adminUrl, `drop database if exists ${name} with (force)`));
      return {
        env: { DATABASE_URL: withDatabase(adminUrl, name) },
        open: () => openDatabase({ engine: "pg", url: withDatabase(adminUrl, name), poolSize: 1 }),
      };
    }

    async function runAndTerminate(settings: {
      slowMs: number;
      timeoutSeconds: number;
      watch: boolean;
    }): Promise<Outcome> {
      const db = await freshDatabase();
      const child = spawn(process.execPath, ["--import", "tsx", FIXTURE], {
        env: {
          ...process.env,
          ...db.env,
          LOG_LEVEL: "warn",
          SLOW_MS: String(settings.slowMs),
          WATCH_SIGNAL: settings.watch ? "1" : "0",
          PIKIR_SHUTDOWN_TIMEOUT_SECONDS: String(settings.timeoutSeconds),
        },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let stderr = "";
      child.stderr.on("data", (d: Buffer) => {
        stderr += d.toString();
      });
      const jobId = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`the job did not start\n${stderr}`)), 90_000);
        let out = "";
        child.stdout.on("data", (d: Buffer) => {
          out += d.toString();
          const m = /started (\S+)/.exec(out);
          if (m) {
            clearTimeout(timer);
            resolve(m[1]!);
          }
        });
        child.on("exit", () => reject(new Error(`the worker exited early\n${stderr}`)));
      });
      const signalled = Date.now();
      child.kill("SIGTERM");
      const code = await new Promise<number | null>((resolve) => child.on("exit", (c) => resolve(c)));
      const waitedMs = Date.now() - signalled;
      const database = await db.open();
      try {
        const [job] = await database.rows<{ state: string }>(
          sql`select state from pgboss.job where id = ${jobId}::uuid`,
        );
        const steps = await database.rows<{ step: string }>(
          sql`select step from shutdown_probe where job_id = ${jobId} order by step`,
        );
        return { code, stderr, jobId, state: job?.state ?? "missing", steps: steps.map((s) => s.step), waitedMs };
      } finally {
        await database.close();
      }
    }

    it("waits for a job that finishes within the timeout: completed, fully applied, exit 0", async () => {
      const run = await runAndTerminate({ slowMs: 3_000, timeoutSeconds: 20, watch: false });
      expect(run.stderr).not.toMatch(/Cannot use a pool|UnhandledPromiseRejection/);
      expect(run.code).toBe(0);
      expect(run.state).toBe("completed");
      expect(run.steps).toEqual(["begun", "finished"]);
    }, 120_000);

    it("cuts off a job that runs past the timeout: handed back to the queue for a retry, nothing of it applied", async () => {
      const run = await runAndTerminate({ slowMs: 60_000, timeoutSeconds: 2, watch: true });
      expect(run.stderr).not.toMatch(/Cannot use a pool|UnhandledPromiseRejection/);
      expect(run.code).toBe(0);
      expect(run.state).toBe("retry");
      expect(run.steps).toEqual([]);
      expect(run.waitedMs).toBeLessThan(20_000);
    }, 120_000);

    if (engine === "pg")
      it("a job that ignores its signal is failed by the queue at the timeout, and its open transaction dies with the process", async () => {
        const run = await runAndTerminate({ slowMs: 60_000, timeoutSeconds: 2, watch: false });
        expect(run.code).toBe(0);
        expect(run.state).toBe("retry");
        expect(run.steps).toEqual([]);
        expect(run.waitedMs).toBeLessThan(20_000);
      }, 120_000);
  });
}
