/**
 * §20 against Pikir's own record (issue 10). A body's §20 submission is what the authorised body
 * asked for, but where its figures differ from what Pikir recorded, the difference is listed field by
 * field and the analyst resolves each one — accept the submitted value or the recorded one, with a
 * note — before the round may be published. Until resolved:
 * - a count (B, C, E, G) stays as submitted (§20 asks the body), and the round cannot be published;
 * - an open-access fact follows Pikir's record (§23 by evidence: the record of a check rules over a
 *   self-declaration), and the round cannot be published either.
 * A resolution holds only for the two values it was made on: a resubmission or a changed record
 * opens the difference again, so nothing is silently carried over.
 */
import type { OpenAccess } from "./open-access.ts";

export const DISPUTE_FIELDS = [
  "B",
  "C",
  "E",
  "G",
  "openAccess.drafts",
  "openAccess.budgetReports",
  "openAccess.results",
] as const;
export type DisputeField = (typeof DISPUTE_FIELDS)[number];
export const RESOLUTION_CHOICES = ["submitted", "recorded"] as const;
export type ResolutionChoice = (typeof RESOLUTION_CHOICES)[number];

export interface SideFigures {
  B: number;
  C: number;
  E: number;
  G: number;
  openAccess: OpenAccess;
}

/** A value as shown and stored: counts as numbers, open access as true/false, "unstated" when absent. */
export type DisputeValue = number | boolean | "unstated";

export interface Difference {
  field: DisputeField;
  submitted: DisputeValue;
  recorded: DisputeValue;
}

export interface Resolution {
  field: DisputeField;
  choice: ResolutionChoice;
  /** The two values the analyst saw (valueText), so a changed value re-opens the difference. */
  submittedValue: string;
  recordedValue: string;
  note: string;
  resolvedAt?: string;
  resolvedBy?: string | null;
}

export interface ResolvedDifference extends Difference {
  resolution: Resolution | null;
}

export interface ResolvedFigures {
  /** The official figures: resolutions applied, the defaults above elsewhere. */
  figures: SideFigures;
  differences: ResolvedDifference[];
  unresolved: number;
  /** Fields whose resolutions made B > C or E > G: those resolutions were not applied. */
  inconsistent: DisputeField[];
}

const OPEN_ACCESS_KEYS = ["drafts", "budgetReports", "results"] as const;

export function valueText(value: DisputeValue): string {
  return String(value);
}

export function isDisputeField(value: unknown): value is DisputeField {
  return typeof value === "string" && (DISPUTE_FIELDS as readonly string[]).includes(value);
}

/**
 * Every field where the submission and the record differ. An open-access fact is compared only
 * where Pikir has a record of it (checked or published): "unknown" in the record is no evidence.
 */
export function listDifferences(submitted: SideFigures, recorded: SideFigures): Difference[] {
  const diffs: Difference[] = [];
  for (const field of ["B", "C", "E", "G"] as const) {
    if (submitted[field] !== recorded[field])
      diffs.push({ field, submitted: submitted[field], recorded: recorded[field] });
  }
  for (const key of OPEN_ACCESS_KEYS) {
    const rec = recorded.openAccess[key];
    if (rec === undefined) continue;
    const sub = submitted.openAccess[key];
    if (sub !== rec) diffs.push({ field: `openAccess.${key}`, submitted: sub ?? "unstated", recorded: rec });
  }
  return diffs;
}

function setField(figures: SideFigures, field: DisputeField, value: DisputeValue): void {
  if (field === "B" || field === "C" || field === "E" || field === "G") figures[field] = value as number;
  else {
    const key = field.slice("openAccess.".length) as (typeof OPEN_ACCESS_KEYS)[number];
    if (value === "unstated") delete figures.openAccess[key];
    else figures.openAccess[key] = value as boolean;
  }
}

function matches(resolution: Resolution, diff: Difference): boolean {
  return (
    resolution.field === diff.field &&
    resolution.submittedValue === valueText(diff.submitted) &&
    resolution.recordedValue === valueText(diff.recorded)
  );
}

/** Applies the analyst's current resolutions to the submission (see the defaults in the header). */
export function resolveFigures(
  submitted: SideFigures,
  recorded: SideFigures,
  resolutions: readonly Resolution[],
): ResolvedFigures {
  const differences = listDifferences(submitted, recorded);
  const build = (skip: ReadonlySet<DisputeField>) => {
    const figures: SideFigures = { ...submitted, openAccess: { ...submitted.openAccess } };
    const resolved = differences.map((diff): ResolvedDifference => {
      const found = skip.has(diff.field) ? undefined : resolutions.find((r) => matches(r, diff));
      const side = found ? found.choice : diff.field.startsWith("openAccess.") ? "recorded" : "submitted";
      setField(figures, diff.field, side === "submitted" ? diff.submitted : diff.recorded);
      return { ...diff, resolution: found ?? null };
    });
    return { figures, resolved };
  };
  let { figures, resolved } = build(new Set());
  const inconsistent: DisputeField[] = [];
  if (figures.B > figures.C) inconsistent.push("B", "C");
  if (figures.E > figures.G) inconsistent.push("E", "G");
  if (inconsistent.length > 0) ({ figures, resolved } = build(new Set(inconsistent)));
  return {
    figures,
    differences: resolved,
    unresolved: resolved.filter((d) => d.resolution === null).length,
    inconsistent,
  };
}
