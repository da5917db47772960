/**
 * The column-mapping step of a table import (eOtinish has no documented export layout): the
 * officer says which header of the body's own file holds each of Pikir's keys; saved per body and
 * importer, used by every later import of that body (services/imports/import-file.ts), audited.
 */
import { transaction, type Actor, type AppContext } from "../../context.ts";
import { AppError, notFound } from "../../errors.ts";
import { authorize } from "../../policies/policy.ts";
import { COLUMN_SPECS, type MappableImporter } from "../../importers/registry.ts";
import { normaliseHeader } from "../../importers/shared/columns.ts";
import { findBody } from "../../repositories/body.repository.ts";
import { appendAudit } from "../../repositories/audit.repository.ts";
import { findColumnMap, upsertColumnMap } from "../../repositories/column-map.repository.ts";

export interface ColumnMapView {
  importer: MappableImporter;
  /** Pikir's keys: whether the file must have it, and the headers recognised without a mapping. */
  columns: { key: string; required: boolean; aliases: readonly string[] }[];
  /** The body's saved mapping: key → header in its files. */
  mapping: Record<string, string>;
}

export async function describeColumnMap(
  ctx: AppContext,
  actor: Actor,
  bodyId: string,
  importer: MappableImporter,
): Promise<ColumnMapView> {
  authorize(actor, "item.create", bodyId);
  if (!(await findBody(ctx.database.db, bodyId))) throw notFound("body");
  const spec = COLUMN_SPECS[importer] as readonly { key: string; required?: boolean; aliases: readonly string[] }[];
  return {
    importer,
    columns: spec.map((c) => ({ key: c.key, required: !!c.required, aliases: c.aliases })),
    mapping: (await findColumnMap(ctx.database.db, bodyId, importer)) ?? {},
  };
}

export async function saveColumnMap(
  ctx: AppContext,
  actor: Actor,
  input: { bodyId: string; importer: MappableImporter; mapping: Record<string, string | null> },
): Promise<ColumnMapView> {
  authorize(actor, "item.create", input.bodyId);
  if (!(await findBody(ctx.database.db, input.bodyId))) throw notFound("body");
  const keys = new Set((COLUMN_SPECS[input.importer] as readonly { key: string }[]).map((c) => c.key));
  const mapping: Record<string, string> = {};
  const headers = new Map<string, string>();
  for (const [key, header] of Object.entries(input.mapping)) {
    if (!keys.has(key))
      throw new AppError("validation_failed", {
        details: `unknown column key "${key.slice(0, 40)}"; expected one of ${[...keys].join(", ")}`,
      });
    const h = header?.trim();
    if (!h) continue; // null or empty: back to the built-in aliases for this key
    const norm = normaliseHeader(h);
    if (!norm) throw new AppError("validation_failed", { details: `the header for "${key}" is empty` });
    const other = headers.get(norm);
    if (other) throw new AppError("validation_failed", { details: `"${h}" is mapped to both ${other} and ${key}` });
    headers.set(norm, key);
    mapping[key] = h;
  }
  await transaction(ctx, async (tx) => {
    const before = await findColumnMap(tx, input.bodyId, input.importer);
    await upsertColumnMap(tx, { bodyId: input.bodyId, importer: input.importer, mapping, updatedBy: actor.userId });
    await appendAudit(tx, {
      actorId: actor.userId,
      actorLabel: actor.label,
      action: before ? "column_map.update" : "column_map.create",
      entity: "import_column_map",
      entityId: `${input.bodyId}:${input.importer}`,
      bodyId: input.bodyId,
      before: before ?? null,
      after: mapping,
    });
  });
  return describeColumnMap(ctx, actor, input.bodyId, input.importer);
}
