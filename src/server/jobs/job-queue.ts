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
  /** `signal` aborts when a stopping process gives up waiting for the job (W26): stop at a safe point. */
  handler: (ctx: AppContext, data: Data, job: { id: string; signal?: AbortSignal }) => Promise<void>;
}

/** A job the process stopped waiting for: the queue has it back (retried, or failed when out of retries). */
export interface CutOffJob {
  name: string;
  id: string;
  runningMs: number;
}

export interface JobQueueOptions {
  /** Run the handlers in this process (false: only enqueue, e.g. a web node with separate workers). */
  work: boolean;
  /** Create the cron schedules (true in exactly the processes that should own scheduling). */
  schedule: boolean;
  pollingIntervalSeconds?: number;
}

export const JOB_SCHEMA = "pgboss";
const noop = () => {};
const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());
const TIMEZONE = "Asia/Almaty";

export class JobQueue {
  readonly #boss: PgBoss;
  readonly #definitions = new Map<string, JobDefinition>();
  /** Handlers running in this process, so that stop() knows what it waits for and what it cut off. */
  readonly #running = new Map<string, { name: string; started: number; done: Promise<void>; abort: AbortController }>();
  #stopping = false;

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
              // Fetched while stopping (W26): refused, so the queue gives it to another process or a restart.
              if (this.#stopping) throw new Error("shutting down: the job is handed back to the queue");
              await this.#run(definition, job.id, job.data as object);
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

  async #run(definition: JobDefinition, id: string, data: object): Promise<void> {
    const started = Date.now();
    const abort = new AbortController();
    const done = definition.handler(this.ctx, data, { id, signal: abort.signal });
    this.#running.set(id, { name: definition.name, started, done: done.then(noop, noop), abort });
    try {
      await done;
      this.ctx.log.info({ job: definition.name, id, ms: Date.now() - started }, "job done");
    } finally {
      this.#running.delete(id);
    }
  }

  /** Jobs whose handlers run in this process now. */
  running(): { name: string; id: string }[] {
    return [...this.#running].map(([id, r]) => ({ name: r.name, id }));
  }

  /**
   * Graceful stop (W26): no job is taken any more; running ones get `timeoutMs` to finish. A job still
   * running then is handed back to the queue by pg-boss (failed while active: retried while it has
   * retries, otherwise failed, never "completed"), its signal aborted, and it is reported. The caller
   * closes the database only afterwards, so a finishing job never meets a closed pool; whatever a cut-off
   * job had not committed is rolled back with its transaction when the connection goes.
   */
  async stop(timeoutMs = 30_000): Promise<CutOffJob[]> {
    this.#stopping = true;
    const waiting = this.running();
    if (waiting.length) this.ctx.log.info({ jobs: waiting, timeoutMs }, "stopping: waiting for running jobs");
    // At the timeout, running handlers are told to stop (their signal); a handler that leaves throws,
    // its transaction rolls back and pg-boss records the failure (retried while it has retries).
    let cutOff: CutOffJob[] = [];
    const deadline = setTimeout(() => {
      cutOff = [...this.#running].map(([id, r]) => ({ name: r.name, id, runningMs: Date.now() - r.started }));
      for (const r of this.#running.values()) r.abort.abort(new Error("shutting down"));
      if (cutOff.length)
        this.ctx.log.warn(
          { jobs: cutOff },
          "stopping: jobs still running were cut off and handed back to the queue (retried, or failed when out of retries)",
        );
    }, timeoutMs);
    // close: false — the database belongs to the app, which closes it after the queue. pg-boss waits
    // while jobs are active (a second more, for handlers leaving on their signal), then fails the ones
    // left, so a job that ignores its signal is never "completed" afterwards. Bounded on our side too:
    // on PGlite a running transaction holds the only connection and pg-boss's own queries wait behind
    // it; such a job stays "active" until its expiry, and pg-boss retries it then.
    const stopped = this.#boss.stop({ graceful: true, wait: true, timeout: timeoutMs + 1_000, close: false });
    await Promise.race([stopped.catch(noop), delay(timeoutMs + 5_000)]);
    clearTimeout(deadline);
    return cutOff;
  }
}
