/**
 * The mapping screen's preview (issue 17): the officer's file, its columns with sample values,
 * which of Pikir's keys each is read into under a mapping (the one being edited, or the body's
 * saved one), and what importing it would do — a dry run: rows read, added, updated, unchanged,
 * rejected with the reasons — and its effect on F: none for appeals (§2.8: only items of the two
 * portals enter C and G). Nothing is written.
 */
import type { Actor, AppContext } from "../../context.ts";
import { notFound } from "../../errors.ts";
import type { Locale } from "../../../i18n/index.ts";
import { authorize } from "../../policies/policy.ts";
import { APPEAL_LABELS } from "../../importers/appeals/appeal-labels.ts";
import { COLUMN_SPECS, type MappableImporter } from "../../importers/registry.ts";
import { resolveColumns, type ColumnSpec } from "../../importers/shared/columns.ts";
import { UnreadableFileError } from "../../importers/shared/encoding.ts";
import { readTableSample } from "../../importers/shared/read-table-sample.ts";
import { TEMPLATE_LABELS } from "../../importers/template/template-columns.ts";
import { findBody } from "../../repositories/body.repository.ts";
import { findColumnMap } from "../../repositories/column-map.repository.ts";
import { describeProblem } from "./describe-problem.ts";
import { importFile } from "./import-file.ts";

export interface ColumnMapPreview {
  importer: MappableImporter;
  encoding: string;
  columns: { header: string; samples: string[] }[];
  fields: { key: string; label: string; required: boolean; header: string | null }[];
  missing: string[];
  /** The mapping the preview used (key → header). */
  mapping: Record<string, string>;
  dryRun: {
    read: number;
    added: number;
    updated: number;
    unchanged: number;
    rejected: number;
    rejects: { line: number; reason: string }[];
    warnings: string[];
  } | null;
  /** §2.8: appeals never enter F; a template's rows enter it only when their channel is one of the two portals. */
  effectOnF: "none" | "portal_rows_only";
  problem: string | null;
}

const LABELS: Record<MappableImporter, Record<string, Record<Locale, string>>> = {
  appeals: APPEAL_LABELS,
  template: TEMPLATE_LABELS,
};

export async function previewColumnMap(
  ctx: AppContext,
  actor: Actor,
  input: { bodyId: string; importer: MappableImporter; file: string; mapping?: Record<string, string>; locale: Locale },
): Promise<ColumnMapPreview> {
  authorize(actor, "item.create", input.bodyId);
  if (!(await findBody(ctx.database.db, input.bodyId))) throw notFound("body");
  const mapping = Object.fromEntries(
    Object.entries(input.mapping ?? (await findColumnMap(ctx.database.db, input.bodyId, input.importer)) ?? {}).filter(
      ([, h]) => h?.trim(),
    ),
  );
  const spec = COLUMN_SPECS[input.importer] as readonly ColumnSpec<string>[];
  const effectOnF = input.importer === "appeals" ? "none" : "portal_rows_only";
  const sample = await readTableSample(input.file);
  const resolved = resolveColumns(
    sample.columns.map((c) => c.header),
    spec,
    mapping,
  );
  const fields = spec.map((c) => ({
    key: c.key,
    label: LABELS[input.importer][c.key]?.[input.locale] ?? c.key,
    required: !!c.required,
    header: resolved.mapped.find(([, k]) => k === c.key)?.[0] ?? null,
  }));
  const base = {
    importer: input.importer,
    encoding: sample.encoding,
    columns: sample.columns,
    fields,
    mapping,
    effectOnF,
  } as const;
  if (resolved.missing.length) return { ...base, missing: resolved.missing, dryRun: null, problem: null };
  try {
    const summary = await importFile(ctx, actor, {
      importer: input.importer,
      file: input.file,
      bodyId: input.bodyId,
      dryRun: true,
      columnMap: mapping,
      labelInPass: false,
    });
    return {
      ...base,
      missing: [],
      problem: null,
      dryRun: {
        read: summary.read,
        added: summary.added,
        updated: summary.updated,
        unchanged: summary.unchanged,
        rejected: summary.rejected,
        rejects: summary.rejects
          .slice(0, 20)
          .map((r) => ({ line: r.line, reason: describeProblem(input.locale, r.code, r.params) })),
        warnings: summary.warnings.map((w) => describeProblem(input.locale, w.code, w.params)),
      },
    };
  } catch (error) {
    if (error instanceof UnreadableFileError)
      return { ...base, missing: [], dryRun: null, problem: describeProblem(input.locale, error.code, error.params) };
    throw error;
  }
}
