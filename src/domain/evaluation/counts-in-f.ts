/**
 * §2.8 defines a comment as the opinion "of a user of the open budgets and/or open NPA portal", and
 * remarks and proposals likewise come from those portals' public discussions (§4–§5, §9–§10). So
 * C and G — and with them B and E — count only items of the two portals: the legal-acts portal
 * (§2.3) and the budget portal (§2.1). Everything else (eOtinish appeals, social media, dialogue
 * portal conference questions, Pikir's own public form) is kept and analysed under §14 but never
 * enters F: holding a §18 conference or receiving anonymous posts must not move a body's F.
 *
 * An officer who registers by hand an item received on one of the portals records it with that
 * portal's channel, and it counts like an imported one.
 *
 * This module is the one statement of the rule: the SQL aggregates (migration 0013), the recount
 * and reclassification all follow it, and a test checks them against each other.
 */
export const PORTAL_CHANNELS = ["legal_acts_portal", "budget_portal"] as const;
export type PortalChannel = (typeof PORTAL_CHANNELS)[number];

/** The three kinds §2.8 splits a portal item into. */
export const PORTAL_KINDS = ["comment", "remark", "proposal"] as const;
export type PortalKind = (typeof PORTAL_KINDS)[number];

export function isPortalChannel(channel: string): channel is PortalChannel {
  return (PORTAL_CHANNELS as readonly string[]).includes(channel);
}

export function isPortalKind(kind: string): kind is PortalKind {
  return (PORTAL_KINDS as readonly string[]).includes(kind);
}

/** Which §22 count an item enters: C (remarks and proposals), G (comments) or none. */
export function countsInF(item: { channel: string; kind: string }): "C" | "G" | null {
  if (!isPortalChannel(item.channel)) return null;
  if (item.kind === "remark" || item.kind === "proposal") return "C";
  if (item.kind === "comment") return "G";
  return null;
}

/**
 * A reviewer may change a portal item between comment, remark and proposal (§2.8), never out of
 * them — otherwise a reclassification silently drops the item from C or G. Items of other channels
 * may take any kind: they never enter F whatever their kind.
 */
export function reclassificationAllowed(item: { channel: string }, toKind: string): boolean {
  return !isPortalChannel(item.channel) || isPortalKind(toKind);
}
