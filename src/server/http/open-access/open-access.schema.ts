/** zod schemas and presenters of the §23 open-access risk and its evidence. */
import { z } from "zod";
import { translate, type Locale } from "../../../i18n/index.ts";
import { openAccessMessages, type OpenAccessMessageKey } from "../../../i18n/messages/open-access.ts";
import { evaluationMessages } from "../../../i18n/messages/evaluation.ts";
import { OPEN_ACCESS_REASONS } from "../../../domain/compliance/classify-open-access.ts";
import { ZERO_REASONS } from "../../../domain/evaluation/open-access.ts";
import { OPEN_ACCESS_ENTITIES } from "../../db/index.ts";
import type { CheckRun } from "../../services/open-access/check-open-access.ts";
import type { AddressStatus, OpenAccessRisk } from "../../services/open-access/read-open-access-risk.ts";
import { iso } from "../common.schema.ts";
import { kazakhstanWallClock } from "../../../domain/time/kazakhstan-time.ts";

const CATEGORIES = ["drafts", "budgetReports", "results"] as const;

const checkSchema = z.object({
  checkedAt: z.string(),
  /** The address as it was when checked. */
  url: z.string(),
  /** Where redirects ended; null without an answer. */
  finalUrl: z.string().nullable(),
  httpStatus: z.number().int().nullable(),
  ok: z.boolean(),
  reason: z.enum(OPEN_ACCESS_REASONS).nullable(),
  /** The reason in the caller's language. */
  reasonText: z.string().nullable(),
  contentType: z.string().nullable(),
  /** sha-256 (hex) of the bytes served (the first 2 MiB when truncated). */
  contentSha256: z.string().nullable(),
  contentLength: z.number().int().nullable(),
  truncated: z.boolean(),
  responseMs: z.number().int().nullable(),
});

const itemSchema = z.object({
  entityKind: z.enum(OPEN_ACCESS_ENTITIES),
  entityId: z.string(),
  /** The §23 group the address belongs to. */
  category: z.enum(CATEGORIES),
  /** The initiative's kind, or the publication's (interim / final). */
  kind: z.string(),
  title: z.object({ kk: z.string().nullable(), ru: z.string().nullable(), en: z.string().nullable() }),
  url: z.string(),
  /** The entity's flag, as the evaluation reads it (null: not checked yet). */
  openAccess: z.boolean().nullable(),
  checkedAt: z.string().nullable(),
  latest: checkSchema.nullable(),
  /** Why this address would zero F, in the caller's language; null when it would not. */
  risk: z.string().nullable(),
});

export const riskSchema = z.object({
  bodyId: z.string(),
  /** Addresses of drafts, reports and results from this day on count. */
  since: z.string(),
  atRisk: z.boolean(),
  zeroReasons: z.array(z.enum(ZERO_REASONS)),
  /** The risk in the caller's language: one line per failing address, or that there is none. */
  messages: z.array(z.string()),
  unchecked: z.number().int(),
  items: z.array(itemSchema),
  /** Drafts and budget reports of the window with no portal address: their open access cannot be shown. */
  withoutAddress: z.array(
    z.object({
      entityId: z.string(),
      kind: z.string(),
      title: z.object({ kk: z.string().nullable(), ru: z.string().nullable(), en: z.string().nullable() }),
    }),
  ),
});

export const checkRunSchema = riskSchema.extend({
  run: z.object({
    checked: z.number().int(),
    ok: z.number().int(),
    failed: z.number().int(),
    reasons: z.record(z.string(), z.number().int()),
    /** False: no address answered at all, so the flags were left as they were (likely our outage). */
    flagsApplied: z.boolean(),
  }),
});

/** dd.mm.yyyy HH:mm in Kazakhstan's time (UTC+5), as the order's documents write dates. */
export function formatAlmaty(date: Date): string {
  const d = kazakhstanWallClock(date);
  return `${d.slice(8, 10)}.${d.slice(5, 7)}.${d.slice(0, 4)} ${d.slice(11, 16)}`;
}

const t = (locale: Locale, key: OpenAccessMessageKey, params?: Record<string, string | number>) =>
  translate(openAccessMessages, locale, key, params);

function reasonText(locale: Locale, reason: string | null, status: number | null): string | null {
  return reason ? t(locale, `reason.${reason}` as OpenAccessMessageKey, { status: status ?? "—" }) : null;
}

function riskLine(locale: Locale, item: AddressStatus): string | null {
  if (item.openAccess !== false) return null;
  const failedCheck = item.latest && !item.latest.ok ? item.latest : null;
  const when = item.checkedAt ?? failedCheck?.checkedAt ?? null;
  return t(locale, "risk.item", {
    what: t(locale, `what.${item.subkind}` as OpenAccessMessageKey),
    title: item.title[locale] ?? item.title.kk ?? item.title.ru ?? item.title.en ?? "—",
    url: item.url,
    date: when ? formatAlmaty(when) : "—",
    reason: failedCheck
      ? reasonText(locale, failedCheck.reason, failedCheck.httpStatus)!
      : t(locale, "reason.recorded"),
  });
}

export function presentRisk(risk: OpenAccessRisk, locale: Locale): z.infer<typeof riskSchema> {
  const items = risk.items.map((item) => ({
    entityKind: item.entityKind,
    entityId: item.entityId,
    category: item.category,
    kind: item.subkind,
    title: item.title,
    url: item.url,
    openAccess: item.openAccess,
    checkedAt: iso(item.checkedAt),
    latest: item.latest && {
      checkedAt: item.latest.checkedAt.toISOString(),
      url: item.latest.url,
      finalUrl: item.latest.finalUrl,
      httpStatus: item.latest.httpStatus,
      ok: item.latest.ok,
      reason: item.latest.reason,
      reasonText: reasonText(locale, item.latest.reason, item.latest.httpStatus),
      contentType: item.latest.contentType,
      contentSha256: item.latest.contentSha256,
      contentLength: item.latest.contentLength,
      truncated: item.latest.truncated,
      responseMs: item.latest.responseMs,
    },
    risk: riskLine(locale, item),
  }));
  const lines = items.flatMap((i) => (i.risk ? [i.risk] : []));
  const messages = risk.zeroReasons.length
    ? [...risk.zeroReasons.map((z) => translate(evaluationMessages, locale, `zero.${z}`)), ...lines]
    : [t(locale, "risk.none")];
  if (risk.unchecked) messages.push(t(locale, "risk.unchecked", { count: risk.unchecked }));
  if (risk.withoutAddress.length) {
    const titles = risk.withoutAddress
      .map((w) => `«${w.title[locale] ?? w.title.kk ?? w.title.ru ?? w.title.en ?? "—"}»`)
      .join(", ");
    messages.push(t(locale, "risk.noAddress", { count: risk.withoutAddress.length, titles }));
  }
  return {
    bodyId: risk.bodyId,
    since: risk.since,
    atRisk: risk.zeroReasons.length > 0,
    zeroReasons: risk.zeroReasons,
    messages,
    unchecked: risk.unchecked,
    items,
    withoutAddress: risk.withoutAddress.map((w) => ({ entityId: w.entityId, kind: w.subkind, title: w.title })),
  };
}

export function presentRun(run: CheckRun, risk: OpenAccessRisk, locale: Locale): z.infer<typeof checkRunSchema> {
  return {
    ...presentRisk(risk, locale),
    run: {
      checked: run.checked,
      ok: run.ok,
      failed: run.failed,
      reasons: run.reasons as Record<string, number>,
      flagsApplied: run.flagsApplied,
    },
  };
}
