/** Generic template rows (CSV/XLSX) → items. The row's own reference keeps re-imports idempotent. */
import { CHANNELS, ITEM_LANGS, type Channel, type ItemLang } from "../../db/enums.ts";
import { parseDate } from "../shared/dates.ts";
import { clean } from "../shared/text.ts";
import { parseKind, parseOutcome } from "../shared/values.ts";
import { ok, refuse, type ConvertResult } from "../shared/types.ts";
import type { TemplateKey } from "./template-columns.ts";

export function convertTemplateRow(row: Partial<Record<TemplateKey, string>>, bodyId: string): ConvertResult {
  const ref = clean(row.ref);
  if (!ref) return refuse("row.missing", { column: "ref" });
  const text = clean(row.text);
  if (!text) return refuse("row.missing", { column: "text" });
  if (!row.received_at) return refuse("row.missing", { column: "received_at" });
  const receivedAt = parseDate(row.received_at);
  if (!receivedAt) return refuse("row.bad_date", { column: "received_at", value: row.received_at });
  const kind = parseKind(row.kind);
  if (!kind) return refuse("row.bad_value", { column: "kind", value: row.kind ?? "" });
  const channel = (row.channel?.trim() || "own_form") as Channel;
  if (!(CHANNELS as readonly string[]).includes(channel))
    return refuse("row.bad_value", { column: "channel", value: row.channel ?? "" });
  const lang = row.lang?.trim().toLowerCase();
  if (lang && !(ITEM_LANGS as readonly string[]).includes(lang))
    return refuse("row.bad_value", { column: "lang", value: row.lang ?? "" });
  const outcome = parseOutcome(row.status);
  if (outcome === undefined) return refuse("row.bad_value", { column: "status", value: row.status ?? "" });
  if (outcome && kind !== "remark" && kind !== "proposal") return refuse("row.status_not_decidable", { kind });
  const reply = clean(row.reply);
  return ok([
    {
      source: `template:${bodyId}`,
      sourceRef: ref,
      channel,
      kind,
      text,
      lang: (lang as ItemLang | undefined) ?? undefined,
      receivedAt,
      author: clean(row.author),
      clauseRef: clean(row.clause),
      initiativeRef: clean(row.initiative_ref),
      metadata: { ...(row.status ? { status: row.status } : {}), ...(reply ? { reply } : {}) },
      decision: outcome ? { outcome, text: reply } : null,
      answer: reply && kind === "comment" ? { text: reply } : null,
    },
  ]);
}
