/**
 * §23 by evidence (issue 10). §16 requires the interim results every quarter and the final results
 * every year "in open access"; §23 sets F to zero where that information was not in open access.
 * Pikir no longer waits for a body to declare `results: false`: a required §16 slot of the round's
 * period (domain/compliance/result-slots.ts) with no publication in open access zeroes F by itself,
 * unless the analyst recorded an exemption for that slot with a reason (e.g. the body was created
 * mid-year, or the publication is on a resource Pikir does not watch). Unchecked publications count
 * as published (only a failed check or no publication at all is a gap).
 */
export interface EvidenceZeroing {
  /** Slots missing and not exempted: these zero F ("resultsNotPublished"). */
  zeroing: string[];
  /** Slots missing but exempted by the analyst: shown, never zeroing. */
  exempted: string[];
}

export function evidenceZeroing(missingSlots: readonly string[], exemptedSlots: readonly string[]): EvidenceZeroing {
  const exempt = new Set(exemptedSlots);
  return {
    zeroing: missingSlots.filter((slot) => !exempt.has(slot)),
    exempted: missingSlots.filter((slot) => exempt.has(slot)),
  };
}

/** A slot an exemption may name: one the period requires (the caller passes requiredSlots). */
export function isRequiredSlot(slot: string, required: readonly string[]): boolean {
  return required.includes(slot);
}
