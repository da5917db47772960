/**
 * What each background job accepts, as zod schemas: `ctx.jobs.send` is type-checked against them,
 * the queue refuses to enqueue data that does not parse, and a handler refuses (once, loudly, doing
 * nothing) a payload that arrives malformed — a retry would only fail again. Apart from
 * definitions.ts, which loads the handlers, so that context.ts can name the types without a cycle.
 */
import { z } from "zod";

/** Any 8-4-4-4-12 hex id, as the database's uuid type accepts (not only RFC variants). */
const bodyId = z.guid();
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD");
/** Cron runs send {}: every field is optional, and a job without fields takes nothing. */
const nothing = z.object({});

export const JOB_PAYLOADS = {
  "audit.verify": nothing,
  "audit.checkpoint": nothing,
  /** A body's period on demand; a body's unlabelled quarters ({ bodyId }); every body (nightly, {}). */
  "analysis.label": z.object({ bodyId: bodyId.optional(), from: date.optional(), to: date.optional() }),
  "compliance.digest": z.object({ today: date.optional(), bodyIds: z.array(bodyId).optional() }),
  /** { bodyId } re-checks one body; {} is the daily check of all. */
  "open-access.check": z.object({ bodyId: bodyId.optional() }),
  /** { bodyId } is "run now" (a full sweep); {} the hourly run. */
  "intake.monitor": z.object({ bodyId: bodyId.optional() }),
  /** { bodyId } is "run now" for one body (a full read); {} the six-hourly run. */
  "intake.legalacts": z.object({ bodyId: bodyId.optional() }),
  /** { bodyId } is "run now" for one body (every program imported); {} the six-hourly run. */
  "intake.budget": z.object({ bodyId: bodyId.optional() }),
  /** { bodyId } is "run now" for one body (its blog read whole); {} the six-hourly run. */
  "intake.dialog": z.object({ bodyId: bodyId.optional() }),
  "feedback.partitions": nothing,
  "initiatives.close-discussions": nothing,
  "imports.recover": nothing,
  "imports.retention": nothing,
  "outbox.send": nothing,
  /** A bulk action run on a filtered selection (services/teamwork/run-bulk-action.ts). */
  "feedback.bulk": z.object({ runId: z.guid() }),
} as const;

export type JobName = keyof typeof JOB_PAYLOADS;
export type JobData<N extends JobName> = z.infer<(typeof JOB_PAYLOADS)[N]>;
