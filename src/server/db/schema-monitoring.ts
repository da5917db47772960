/**
 * Scheduled monitoring of official accounts (issue 3, migration 0011_monitoring): which of a body's
 * registered accounts the job "intake.monitor" fetches, and how the last run went. The token is
 * named, not stored: `token_env` is the environment variable that holds it, so a database dump or
 * backup never carries a platform credential.
 */
import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { socialAccounts, users } from "./schema.ts";
import { importRuns } from "./schema-intake.ts";

export const MONITOR_STATUSES = ["ok", "failed"] as const;
export type MonitorStatus = (typeof MONITOR_STATUSES)[number];

/** Only variables with this prefix may be named: an officer must not be able to send DATABASE_URL to a platform. */
export const TOKEN_ENV_PATTERN = /^PIKIR_MONITOR_[A-Z0-9_]{1,64}$/;

export const accountMonitors = pgTable(
  "account_monitors",
  {
    accountId: uuid("account_id")
      .primaryKey()
      .references(() => socialAccounts.id, { onDelete: "cascade" }),
    enabled: boolean("enabled").notNull().default(true),
    /** The platform's id of the account: YouTube channel id, VK owner id (negative for a community), Graph page or IG user id. */
    externalId: text("external_id").notNull(),
    /** Name of the environment variable holding the access token or API key. */
    tokenEnv: text("token_env").notNull(),
    /** Set while a run holds the account, so a cron slot and "run now" never import it twice at once. */
    runStartedAt: timestamp("run_started_at", { withTimezone: true }),
    lastRunAt: timestamp("last_run_at", { withTimezone: true }),
    lastStatus: text("last_status").$type<MonitorStatus>(),
    /** A message code (monitor.*) shown in kk/ru/en; last_error is the detail (never a token). */
    lastErrorCode: text("last_error_code"),
    lastError: text("last_error"),
    lastAdded: integer("last_added").notNull().default(0),
    lastUpdated: integer("last_updated").notNull().default(0),
    lastRunId: uuid("last_run_id").references(() => importRuns.id, { onDelete: "set null" }),
    updatedBy: uuid("updated_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("account_monitors_status", sql`${t.lastStatus} is null or ${t.lastStatus} in ('ok','failed')`),
    check("account_monitors_token_env", sql`${t.tokenEnv} ~ '^PIKIR_MONITOR_[A-Z0-9_]{1,64}$'`),
    check("account_monitors_external_id", sql`length(${t.externalId}) between 1 and 100`),
    index("account_monitors_enabled_idx").on(t.accountId).where(sql`${t.enabled}`),
  ],
);
