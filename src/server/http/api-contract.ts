/**
 * The API's answers as TypeScript types, inferred from the zod schemas the server validates and
 * documents them with (/api/docs), so the web app cannot drift from them. Types only: the web
 * imports this module with `import type`, which the build erases, so its bundle carries none of the
 * server's code. src/web/types.contract.test.ts checks the shapes the web still writes itself.
 */
import type { z } from "zod";
import type { pagedOf } from "./common.schema.ts";
import type { answerSchema, decisionSchema, itemSchema } from "./feedback/feedback.schema.ts";
import type { resultSchema, roundSchema } from "./evaluations/evaluations.schema.ts";
import type { versionSchema } from "./evaluations/round-corrections.schema.ts";
import type { bodySchema } from "./bodies/bodies.schema.ts";
import type { initiativeSchema } from "./initiatives/initiatives.schema.ts";
import type { meSchema } from "./auth/auth.schema.ts";
import type { portalMonitorSchema, previewSchema, runNowSchema } from "./imports/intake-screens.schema.ts";

export type { Band } from "../../domain/evaluation/bands.ts";

export type Me = z.infer<typeof meSchema>;
export type Body = z.infer<typeof bodySchema>;
export type Initiative = z.infer<typeof initiativeSchema>;
export type Decision = z.infer<typeof decisionSchema>;
export type Answer = z.infer<typeof answerSchema>;
export type Item = z.infer<typeof itemSchema>;
export type Round = z.infer<typeof roundSchema>;
/** `explanation` and `criteria21` are documented as unknown JSON; the web narrows them. */
export type Result = z.infer<typeof resultSchema>;
/** Every list endpoint's envelope (pagedOf) around its item type. */
export type Paged<T> = Omit<z.infer<ReturnType<typeof pagedOf>>, "items"> & { items: T[] };
/** Issue 10: one version of a round's results (GET /api/evaluations/:id/versions). */
export type ResultVersion = z.infer<typeof versionSchema>;

import type { submissionBody, submissionSchema } from "./evaluations/evaluations.schema.ts";
/** A body's §20 submission as sent (the form) and as the analyst reads it back. */
export type SubmissionBody = z.infer<typeof submissionBody>;
export type SubmissionView = z.infer<typeof submissionSchema>;
/** One version of a piece of evidence (issue 13): recorded, corrected or withdrawn, by whom and why. */
export type EvidenceVersionView = z.infer<
  typeof import("./evidence/evidence-corrections.schema.ts").evidenceVersionSchema
>;

// Teamwork (issue 13, part B): the drawer's section, "awaiting me", bulk actions, the bell.
import type * as teamwork from "./teamwork/teamwork.schema.ts";
export type Assignment = z.infer<typeof teamwork.assignmentSchema>;
export type Colleague = z.infer<typeof teamwork.colleagueSchema>;
export type Awaiting = z.infer<typeof teamwork.awaitingSchema>;
export type BulkRun = z.infer<typeof teamwork.bulkRunSchema>;
export type BulkRequest = z.input<typeof teamwork.bulkBody>;
export type Notifications = z.infer<typeof teamwork.notificationsSchema>;
/** Issue 17: the import screen's column-mapping preview and the monitor screen. */
export type ColumnMapPreview = z.infer<typeof previewSchema>;
export type PortalMonitor = z.infer<typeof portalMonitorSchema>;
export type PortalRunNow = z.infer<typeof runNowSchema>;

// Issue 15: the shapes the pages used to write by hand.
import type * as admin from "./administration/administration.schema.ts";
import type * as registry from "./administration/registry.schema.ts";
import type * as imports from "./imports/imports.schema.ts";
import type * as monitoring from "./imports/monitoring.schema.ts";
import type * as openAccess from "./open-access/open-access.schema.ts";
import type * as calendar from "./compliance/calendar.schema.ts";
import type * as reminders from "./reminders/reminders.schema.ts";
import type * as followThrough from "./followthrough/follow-through.schema.ts";
import type * as conference from "./followthrough/conference-topics.schema.ts";
import type * as council from "./review/council.schema.ts";
import type * as review from "./review/review.schema.ts";
import type * as feedback from "./feedback/feedback.schema.ts";
export type Account = z.infer<typeof admin.accountSchema>;
/** A one-time invitation or reset link (a fragment, never sent to a server). */
export type AccountLink = z.infer<typeof admin.linkSchema>;
export type RegistryBody = z.infer<typeof registry.registryBodySchema>;
export type ImportRun = z.infer<typeof imports.runSchema>;
export type MonitoredAccount = z.infer<typeof monitoring.monitoredAccountSchema>;
export type MonitorSettings = z.input<typeof monitoring.monitorSettingsBody>;
export type OpenAccessRisk = z.infer<typeof openAccess.riskSchema>;
export type Duty = z.infer<typeof calendar.dutySchema>;
export type OutboxMessage = z.infer<typeof reminders.messageSchema>;
export type Overdue = z.infer<typeof reminders.overdueSchema>;
export type FollowThrough = z.infer<typeof followThrough.followThroughSchema>;
export type ConferenceTopic = z.infer<typeof conference.conferenceTopicSchema>;
export type CouncilSession = z.infer<typeof council.sessionSchema>;
export type Review = z.infer<typeof review.reviewSchema>;
export type ReviewAction = z.infer<typeof review.actionSchema>;
export type ReviewDetail = z.infer<typeof review.reviewDetailSchema>;
export type PersonalData = z.infer<typeof feedback.personalDataSchema>;
export type PersonalSummary = z.infer<typeof feedback.personalSummarySchema>;
export type AuditEntry = z.infer<typeof feedback.auditEntrySchema>;
