/**
 * Background jobs and cron on both engines through pg-boss: on the server it shares our pool; on
 * PGlite it goes through the same single connection as everything else (Database.executeSql), so
 * the embedded mode needs no second process and no extra database. Workers can run in the web
 * process or as separate `pikir worker` processes against the same PostgreSQL queue.
 */
import PgBoss from "pg-boss";
import type { z } from "zod";
import type { AppContext } from "../context.ts";

export interface JobDefinition<Data extends object = object> {
  /** Queue name: lowercase words joined by dots or dashes. */
  name: string;
  /** What the job accepts (jobs/job-payloads.ts); send refuses data that does not parse. */
  payload?: z.ZodType;
  /** Cron expression in Kazakhstan's time (Asia/Almaty), if the job is scheduled. */
  cron?: string;
  /** Fails after this many seconds (pg-boss expires and retries it). */
  expireInSeconds?: number;
  retryLimit?: number;
  handler: (ctx: AppContext, data: Data, job: { id: string }) => Promise<void>;
}

export interface JobQueueOptions {
  /** Run the handlers in this process (false: only enqueue, e.g. a web node with separate workers). */
  work: boolean;
  /** Create the cron schedules (true in exactly the processes that should own scheduling). */
  schedule: boolean;
  pollingIntervalSeconds?: number;
}

const JOB_SCHEMA = "pgboss";
const TIMEZONE = "Asia/Almaty";

export class JobQueue {
  readonly #boss: PgBoss;
  readonly #definitions = new Map<string, JobDefinition>();

  constructor(
    private readonly ctx: AppContext,
    definitions: readonly JobDefinition<never>[],
    private readonly options: JobQueueOptions,
  ) {
    for (const d of definitions) this.#definitions.set(d.name, d as unknown as JobDefinition);
    const database = ctx.database;
    this.#boss = new PgBoss({
      db: { executeSql: (text: string, values?: unknown[]) => database.executeSql(text, values) },
      schema: JOB_SCHEMA,
      schedule: options.schedule,
      supervise: options.work || options.schedule,
      // PGlite has one connection: keep housekeeping infrequent so it never competes with requests.
      maintenanceIntervalSeconds: database.engine === "pglite" ? 300 : 120,
    } as PgBoss.ConstructorOptions);
    this.#boss.on("error", (error: Error) => ctx.log.error({ err: error }, "job queue error"));
  }

  async start(): Promise<void> {
    await this.#boss.start();
    for (const definition of this.#definitions.values()) {
      await this.#boss.createQueue(definition.name, {
        name: definition.name,
        retryLimit: definition.retryLimit ?? 3,
        retryBackoff: true,
        expireInSeconds: definition.expireInSeconds ?? 15 * 60,
      });
      if (this.options.schedule && definition.cron) {
        await this.#boss.schedule(definition.name, definition.cron, {}, { tz: TIMEZONE });
      }
      if (this.options.work) {
        await this.#boss.work(
          definition.name,
          { pollingIntervalSeconds: this.options.pollingIntervalSeconds ?? 2 },
          async (jobs) => {
            for (const job of jobs) {
              const started = Date.now();
              await definition.handler(this.ctx, job.data as object, { id: job.id });
              this.ctx.log.info({ job: definition.name, id: job.id, ms: Date.now() - started }, "job done");
            }
          },
        );
      }
    }
  }

  /**
   * Enqueues a job; with a singletonKey, a second identical request while one waits is a no-op.
   * Untyped here (tests define their own jobs); services reach it through the typed JobSender.
   */
  async send(
    name: string,
    data: object,
    options: { singletonKey?: string; startAfterSeconds?: number } = {},
  ): Promise<string | null> {
    const definition = this.#definitions.get(name);
    if (!definition) throw new Error(`unknown job ${name}`);
    const parsed = definition.payload ? definition.payload.safeParse(data) : { success: true as const, data };
    if (!parsed.success)
      throw new Error(
        `job ${name}: data refused (${parsed.error.issues.map((i) => `${i.path.join(".") || "data"}: ${i.message}`).join("; ")})`,
      );
    return this.#boss.send(name, parsed.data as object, {
      ...(options.singletonKey ? { singletonKey: options.singletonKey } : {}),
      ...(options.startAfterSeconds ? { startAfter: options.startAfterSeconds } : {}),
    });
  }

  async state(name: string, id: string): Promise<{ state: string; output: unknown } | null> {
    const job = await this.#boss.getJobById(name, id);
    return job ? { state: job.state, output: job.output ?? null } : null;
  }

  async schedules(): Promise<{ name: string; cron: string; timezone: string }[]> {
    const rows = await this.#boss.getSchedules();
    return rows.map((s) => ({ name: s.name, cron: s.cron, timezone: s.options?.tz ?? "UTC" }));
  }

  async stop(): Promise<void> {
    // close: false — the database belongs to the app, which closes it after the queue.
    await this.#boss.stop({ graceful: true, wait: true, timeout: 10_000, close: false });
  }
}
