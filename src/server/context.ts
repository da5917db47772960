/** What every service receives: the database, a logger, and who is acting. */
import type { Logger } from "pino";
import type { Database, Db } from "./db/client.ts";
import type { Role } from "./db/enums.ts";
import type { JobData, JobName } from "./jobs/job-payloads.ts";

export interface Actor {
  /** null for the system itself (seed, scheduled jobs, CLI without a user). */
  userId: string | null;
  label: string;
  role: Role | "system";
  /** The body an officer or head works for; null for the ministry, administrators and the system. */
  bodyId: string | null;
}

export const SYSTEM_ACTOR: Actor = { userId: null, label: "system", role: "system", bodyId: null };

export interface AppContext {
  database: Database;
  /** A read replica for the anonymous portal and open data (DATABASE_READ_URL; read-replica.ts). */
  readDatabase?: Database;
  log: Logger;
  /** The background job queue, when this process has started one (serve, worker). */
  jobs?: JobSender;
}

/**
 * What services may do with the queue: enqueue. (Running jobs is the queue's own business.) The job's
 * name and data are checked by tsc against jobs/job-payloads.ts, and the data parsed again at send.
 */
export interface JobSender {
  send<N extends JobName>(
    name: N,
    data: JobData<N>,
    options?: { singletonKey?: string; startAfterSeconds?: number },
  ): Promise<string | null>;
}

/** A transaction is a Db too: repositories accept either. */
export type Executor = Db;

export function transaction<T>(ctx: AppContext, work: (tx: Executor) => Promise<T>): Promise<T> {
  return ctx.database.db.transaction((tx) => work(tx as unknown as Executor));
}
