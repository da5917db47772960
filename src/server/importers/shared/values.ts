/** Value vocabularies shared by converters: kinds and portal statuses as kk/ru/en files write them. */
import type { ItemKind } from "../../db/enums.ts";

const norm = (v: string) => v.toLowerCase().replace(/ё/g, "е").replace(/\s+/g, " ").trim();

const KINDS: Record<string, ItemKind> = {
  comment: "comment",
  комментарий: "comment",
  пікір: "comment",
  коммент: "comment",
  remark: "remark",
  замечание: "remark",
  ескерту: "remark",
  proposal: "proposal",
  предложение: "proposal",
  ұсыныс: "proposal",
  appeal: "appeal",
  обращение: "appeal",
  өтініш: "appeal",
  social_comment: "social_comment",
  "social comment": "social_comment",
};

export function parseKind(value: string | undefined): ItemKind | null {
  return value ? (KINDS[norm(value)] ?? null) : null;
}

const OUTCOMES: Record<string, "accepted" | "rejected"> = {
  accepted: "accepted",
  принято: "accepted",
  принят: "accepted",
  учтено: "accepted",
  қабылданды: "accepted",
  ескерілді: "accepted",
  rejected: "rejected",
  "не принято": "rejected",
  "не принят": "rejected",
  "не учтено": "rejected",
  отклонено: "rejected",
  қабылданбады: "rejected",
  ескерілмеді: "rejected",
};

/** A portal status: "accepted" / "rejected", null when the item is still open, undefined when unknown. */
export function parseOutcome(value: string | null | undefined): "accepted" | "rejected" | null | undefined {
  if (!value || !value.trim()) return null;
  const v = norm(value);
  if (["на рассмотрении", "қаралуда", "pending", "open", "новое", "жаңа"].includes(v)) return null;
  return OUTCOMES[v];
}
