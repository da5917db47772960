/**
 * §20.1 asks for accepted remarks/proposals "with a reference to the concrete clause of the legal
 * act that entered into force, to the approved budget program, or to another confirming document".
 * Pikir's recorded B therefore counts an acceptance only when it carries such a reference; an
 * acceptance without one is flagged for the body to complete, and stays out of B until it is.
 */
export const REFERENCE_KINDS = ["act_clause", "budget_program", "document"] as const;
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];

export interface DecisionReference {
  kind: ReferenceKind;
  /** What it points at: clause number, budget program code, document number or URL. */
  target: string;
}

export interface RemarkDecision {
  outcome: "accepted" | "rejected";
  reference?: DecisionReference | null;
}

export type CountInB = { counts: true; flag: null } | { counts: false; flag: "acceptedWithoutReference" | null };

function hasReference(ref: DecisionReference | null | undefined): boolean {
  return (
    !!ref &&
    (REFERENCE_KINDS as readonly string[]).includes(ref.kind) &&
    typeof ref.target === "string" &&
    ref.target.trim().length > 0
  );
}

export function countsInB(decision: RemarkDecision): CountInB {
  if (decision.outcome !== "accepted") return { counts: false, flag: null };
  if (hasReference(decision.reference)) return { counts: true, flag: null };
  return { counts: false, flag: "acceptedWithoutReference" };
}
