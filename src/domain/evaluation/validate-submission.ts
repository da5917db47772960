import type { MessageParams } from "../../i18n/index.ts";
import type { CountedItems } from "./indicator.ts";
import type { OpenAccessInput } from "./open-access.ts";
import {
  checkSubmissionContents,
  checkSubmissionFigures,
  SUBMISSION_RULE_CODES,
  type SubmissionContents,
} from "./submission-rules.ts";

/** One body's §20.1–§20.2 summary as the authorised body receives it. */
export interface Submission {
  id: string;
  name: string;
  /** §20.1: remarks and/or proposals — C, B and the rejected count. */
  remarks: { received: number; accepted: number; rejected: number };
  /** §20.2: comments — G, E and (optionally) the unanswered count. */
  comments: { received: number; answered: number; unanswered?: number };
  openAccess?: OpenAccessInput;
  countedItems?: CountedItems;
  /** §20.1 item list, §20.3 links, §20.4 materials, when the file carries them (submission-rules.ts). */
  contents?: SubmissionContents;
}

export const SUBMISSION_ERROR_CODES = [
  "notJson",
  "notAnObject",
  "notAnArray",
  "missing",
  "notAString",
  "empty",
  "notAnInteger",
  "negative",
  ...SUBMISSION_RULE_CODES,
  "duplicateId",
  "badDate",
  "periodOrder",
  "notCalendarPeriod",
  "periodBeforeMethodology",
  "noRulesInForce",
  "badOpenAccess",
  "notAStringArray",
] as const;
export type SubmissionErrorCode = (typeof SUBMISSION_ERROR_CODES)[number];

/** A problem in the input; `bodyIndex` is absent for input-level problems such as the period. */
export interface SubmissionError {
  bodyId?: string;
  bodyName?: string;
  bodyIndex?: number;
  field: string;
  code: SubmissionErrorCode;
  params: MessageParams;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; errors: SubmissionError[] };

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/** Validates one body; cross-field rules run only when the fields they compare are valid. */
export function validateSubmission(raw: unknown, index: number): Validated<Submission> {
  const errors: SubmissionError[] = [];
  const body = isRecord(raw) ? raw : undefined;
  const id = typeof body?.id === "string" && body.id.trim() !== "" ? body.id : undefined;
  const name = typeof body?.name === "string" && body.name.trim() !== "" ? body.name : undefined;
  const fail = (field: string, code: SubmissionErrorCode, params: MessageParams = {}) => {
    const e: SubmissionError = { bodyIndex: index, field, code, params };
    if (id !== undefined) e.bodyId = id;
    if (name !== undefined) e.bodyName = name;
    errors.push(e);
  };
  if (!body) {
    fail("", "notAnObject", { value: show(raw) });
    return { ok: false, errors };
  }

  for (const field of ["id", "name"] as const) {
    const v = body[field];
    if (v === undefined) fail(field, "missing");
    else if (typeof v !== "string") fail(field, "notAString", { value: show(v) });
    else if (v.trim() === "") fail(field, "empty");
  }

  const counts = (group: "remarks" | "comments", fields: readonly string[], optional: readonly string[] = []) => {
    const g = body[group];
    const out: Record<string, number | undefined> = {};
    if (g === undefined) {
      fail(group, "missing");
      return undefined;
    }
    if (!isRecord(g)) {
      fail(group, "notAnObject", { value: show(g) });
      return undefined;
    }
    for (const f of [...fields, ...optional]) {
      const v = g[f];
      const field = `${group}.${f}`;
      if (v === undefined || v === null) {
        if (!optional.includes(f)) fail(field, "missing");
      } else if (typeof v !== "number" || !Number.isSafeInteger(v)) fail(field, "notAnInteger", { value: show(v) });
      else if (v < 0) fail(field, "negative", { value: v });
      else out[f] = v;
    }
    return out;
  };

  const r = counts("remarks", ["received", "accepted", "rejected"]);
  const c = counts("comments", ["received", "answered"], ["unanswered"]);
  const figuresValid =
    r?.received !== undefined &&
    r.accepted !== undefined &&
    r.rejected !== undefined &&
    c?.received !== undefined &&
    c.answered !== undefined;
  // The §20 rules themselves live once in submission-rules.ts; here only the file's shape is checked.
  if (r?.received !== undefined && r.accepted !== undefined && r.rejected !== undefined) {
    const figures = {
      remarks: { received: r.received, accepted: r.accepted, rejected: r.rejected },
      comments: { received: c?.received ?? 0, answered: c?.answered ?? 0 },
    };
    for (const p of checkSubmissionFigures(figures)) if (p.field.startsWith("remarks")) fail(p.field, p.code, p.params);
  }
  if (c?.received !== undefined && c.answered !== undefined) {
    const figures = {
      remarks: { received: 0, accepted: 0, rejected: 0 },
      comments: {
        received: c.received,
        answered: c.answered,
        ...(c.unanswered !== undefined ? { unanswered: c.unanswered } : {}),
      },
    };
    for (const p of checkSubmissionFigures(figures)) fail(p.field, p.code, p.params);
  }
  const contents = readContents(body, fail);
  if (contents && r?.accepted !== undefined) {
    for (const p of checkSubmissionContents(r.accepted, contents)) fail(p.field, p.code, p.params);
  }

  const oa = body.openAccess;
  if (oa !== undefined && typeof oa !== "boolean") {
    if (!isRecord(oa)) fail("openAccess", "badOpenAccess", { value: show(oa) });
    else {
      for (const [k, v] of Object.entries(oa)) {
        if (!["drafts", "budgetReports", "results"].includes(k))
          fail(`openAccess.${k}`, "badOpenAccess", { value: show(v) });
        else if (v !== undefined && v !== null && typeof v !== "boolean")
          fail(`openAccess.${k}`, "badOpenAccess", { value: show(v) });
      }
    }
  }

  const items = body.countedItems;
  if (items !== undefined) {
    if (!isRecord(items)) fail("countedItems", "notAnObject", { value: show(items) });
    else {
      for (const k of ["remarks", "comments"] as const) {
        const list = items[k];
        if (list !== undefined && !(Array.isArray(list) && list.every((x) => typeof x === "string"))) {
          fail(`countedItems.${k}`, "notAStringArray", { value: show(list) });
        }
      }
    }
  }

  if (errors.length > 0 || !r || !c || !figuresValid) return { ok: false, errors };
  const submission: Submission = {
    id: id as string,
    name: name as string,
    remarks: { received: r.received!, accepted: r.accepted!, rejected: r.rejected! },
    comments: { received: c.received!, answered: c.answered! },
  };
  if (c.unanswered !== undefined) submission.comments.unanswered = c.unanswered;
  if (oa !== undefined) submission.openAccess = normalizeOpenAccess(oa as OpenAccessInput);
  if (isRecord(items)) submission.countedItems = items as CountedItems;
  if (contents) submission.contents = contents;
  return { ok: true, value: submission };
}

type Fail = (field: string, code: SubmissionErrorCode, params?: MessageParams) => void;

/** The optional §20.1 list, §20.3 links and §20.4 materials of a file: shape only, rules elsewhere. */
function readContents(body: Record<string, unknown>, fail: Fail): SubmissionContents | undefined {
  const { acceptedItems, acceptedItemsDocument, conferenceLinks, mediaMaterials } = body;
  if (
    acceptedItems === undefined &&
    acceptedItemsDocument === undefined &&
    conferenceLinks === undefined &&
    mediaMaterials === undefined
  )
    return undefined;
  let shapeOk = true;
  const list = (field: string, v: unknown): unknown[] => {
    if (v === undefined) return [];
    if (!Array.isArray(v)) {
      fail(field, "notAnArray");
      shapeOk = false;
      return [];
    }
    return v;
  };
  const text = (field: string, v: unknown, required: boolean): string | null => {
    if (v === undefined || v === null) {
      if (required) {
        fail(field, "missing");
        shapeOk = false;
      }
      return null;
    }
    if (typeof v !== "string") {
      fail(field, "notAString", { value: show(v) });
      shapeOk = false;
      return null;
    }
    return v;
  };
  const out: SubmissionContents = {};
  out.acceptedItems = list("acceptedItems", acceptedItems).map((raw, i) => {
    const f = `acceptedItems.${i}`;
    const o = isRecord(raw) ? raw : {};
    if (!isRecord(raw)) {
      fail(f, "notAnObject", { value: show(raw) });
      shapeOk = false;
    }
    return {
      item: text(`${f}.item`, o.item, true) ?? "",
      referenceKind: (text(`${f}.referenceKind`, o.referenceKind, false) ?? "") as never,
      reference: text(`${f}.reference`, o.reference, false) ?? "",
      referenceUrl: text(`${f}.referenceUrl`, o.referenceUrl, false),
    };
  });
  if (acceptedItemsDocument !== undefined && acceptedItemsDocument !== null) {
    if (!isRecord(acceptedItemsDocument)) {
      fail("acceptedItemsDocument", "notAnObject", { value: show(acceptedItemsDocument) });
      shapeOk = false;
    } else {
      out.acceptedItemsDocument = {
        title: text("acceptedItemsDocument.title", acceptedItemsDocument.title, true) ?? "",
        url: text("acceptedItemsDocument.url", acceptedItemsDocument.url, true) ?? "",
      };
    }
  }
  out.conferenceLinks = list("conferenceLinks", conferenceLinks).map(
    (v, i) => text(`conferenceLinks.${i}`, v, true) ?? "",
  );
  out.mediaMaterials = list("mediaMaterials", mediaMaterials).map((raw, i) => {
    const o = isRecord(raw) ? raw : {};
    return {
      kind: (text(`mediaMaterials.${i}.kind`, o.kind, true) ?? "document") as never,
      url: text(`mediaMaterials.${i}.url`, o.url, false) ?? "",
      title: text(`mediaMaterials.${i}.title`, o.title, false),
    };
  });
  return shapeOk ? out : undefined;
}

/** `null` flags read as "not applicable", like absent ones. */
function normalizeOpenAccess(oa: OpenAccessInput): OpenAccessInput {
  if (typeof oa === "boolean") return oa;
  const out: Exclude<OpenAccessInput, boolean> = {};
  for (const k of ["drafts", "budgetReports", "results"] as const) if (typeof oa[k] === "boolean") out[k] = oa[k];
  return out;
}
