/**
 * Issue 10 (part A) on both engines: §23 zeroing by evidence of §16 publications and its
 * exemption, §20 differences resolved before publication, and versioned results.
 */
import { expect, it } from "vitest";
import { describeEachEngine } from "../../../../test/db.ts";
import { createBody, createItems, createUser, testContext } from "../../../../test/factories.ts";
import type { Actor, AppContext } from "../../context.ts";
import { AppError } from "../../errors.ts";
import { listResults } from "../../repositories/evaluation.repository.ts";
import { listAuditForEntity } from "../../repositories/audit.repository.ts";
import { recordEvidence } from "../evidence/record-evidence.ts";
import { decideItem } from "../feedback/decide-item.ts";
import { openRound } from "./open-round.ts";
import { submitFigures } from "./submit-figures.ts";
import { computeRound } from "./compute-round.ts";
import { publishRound } from "./publish-round.ts";
import { recordExemption } from "./record-exemption.ts";
import { resolveDifference } from "./resolve-difference.ts";
import { recordSatisfaction } from "./record-satisfaction.ts";
import { listRoundVersions, readRoundVersion } from "./read-round-versions.ts";

async function codeOf(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  return "ok";
}

async function setting(ctx: AppContext, quarter: 1 | 2 | 3 | 4) {
  const body = await createBody(ctx);
  const { actor: officer } = await createUser(ctx, "body_officer", body.id);
  const { actor: analyst } = await createUser(ctx, "ministry_analyst", null);
  const from = `2024-${String(quarter * 3 - 2).padStart(2, "0")}-01`;
  const to = `2024-${String(quarter * 3).padStart(2, "0")}-${quarter === 1 || quarter === 4 ? 31 : 30}`;
  const round = await openRound(ctx, analyst, { title: `2024 Q${quarter}`, periodFrom: from, periodTo: to });
  // Two remarks received in the quarter, one accepted with a §20.1 reference.
  const items = await createItems(ctx, body.id, [
    { kind: "remark", receivedAt: new Date(`${from}T10:00:00+05:00`) },
    { kind: "remark", receivedAt: new Date(`${from}T11:00:00+05:00`) },
  ]);
  await decideItem(ctx, officer, {
    itemId: items[0]!.id,
    outcome: "accepted",
    referenceKind: "act_clause",
    referenceText: "3-тармақ",
  });
  const official = async () =>
    (await listResults(ctx.database.db, round.id, body.id)).find((r) => r.source === "submission")!;
  return { body, officer, analyst, round, quarter, official };
}

async function publish(ctx: AppContext, quarter: number, bodyId: string, officer: Actor, openAccess?: boolean) {
  await recordEvidence(ctx, officer, "result-publications", {
    bodyId,
    kind: "interim",
    periodYear: 2024,
    periodQuarter: quarter,
    title: `2024 Q${quarter}`,
    url: `https://www.gov.kz/results-2024-q${quarter}`,
    publishedOn: `2024-${String(quarter * 3).padStart(2, "0")}-25`,
    ...(openAccess === undefined ? {} : { openAccess, checkedAt: new Date("2024-12-01T10:00:00+05:00") }),
  });
}

describeEachEngine("round corrections (§16, §20, §21, §23)", (engine) => {
  it("§16/§23: a missing quarterly publication zeroes F until the analyst exempts it with a reason", async () => {
    const ctx = testContext(engine.database);
    const s = await setting(ctx, 1);
    await submitFigures(ctx, s.officer, {
      roundId: s.round.id,
      bodyId: s.body.id,
      remarks: { received: 2, accepted: 1, rejected: 0 },
      comments: { received: 0, answered: 0 },
    });
    await computeRound(ctx, s.analyst, s.round.id);
    const zeroed = await s.official();
    // §22 would give (1/2)·1·100 = 50.0; §23 sets zero because 2024-Q1 is not in open access.
    expect([zeroed.fValue, zeroed.zeroed, zeroed.band]).toEqual(["0.0", true, "ineffective"]);
    expect(zeroed.explanation).toMatchObject({ zeroReasons: ["resultsNotPublished"], missingSlots: ["2024-Q1"] });

    const exempt = (slot: string, reason?: string) =>
      recordExemption(ctx, s.analyst, { roundId: s.round.id, bodyId: s.body.id, slot, reason: reason ?? null });
    expect(await codeOf(exempt("2024-Q1", "  "))).toBe("exemption_reason_required");
    expect(await codeOf(exempt("2024-Q2", "not this round"))).toBe("exemption_slot_not_required");
    expect(await codeOf(exempt("2024-final", "a quarter has no final slot"))).toBe("exemption_slot_not_required");
    expect(
      await codeOf(
        recordExemption(ctx, s.officer, { roundId: s.round.id, bodyId: s.body.id, slot: "2024-Q1", reason: "x" }),
      ),
    ).toBe("forbidden");

    const done = await exempt("2024-Q1", "Published on the akimat's site, outside the record");
    expect(done.version).toBe(2); // made after compute: a new version at once
    const lifted = await s.official();
    expect([lifted.fValue, lifted.zeroed, lifted.version]).toEqual(["50.0", false, 2]);
    expect(lifted.explanation).toMatchObject({
      exemptions: [{ slot: "2024-Q1", reason: "Published on the akimat's site, outside the record" }],
    });
    const audit = await listAuditForEntity(ctx.database.db, "evaluation_round", s.round.id);
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(["exemption.record", "round.compute"]));
  });

  it("§23: the record's failed check rules over a declared open access until the analyst resolves it", async () => {
    const ctx = testContext(engine.database);
    const s = await setting(ctx, 2);
    await publish(ctx, 2, s.body.id, s.officer, false); // Pikir checked it: not public
    await submitFigures(ctx, s.officer, {
      roundId: s.round.id,
      bodyId: s.body.id,
      remarks: { received: 2, accepted: 1, rejected: 0 },
      comments: { received: 0, answered: 0 },
      openAccess: { results: true },
    });
    await computeRound(ctx, s.analyst, s.round.id);
    const disputed = await s.official();
    expect(disputed.zeroed).toBe(true);
    expect(disputed.explanation).toMatchObject({
      differences: [{ field: "openAccess.results", submitted: true, recorded: false, resolution: null }],
      unresolved: 1,
    });
    // §20: no publication while a difference is unresolved; the error names the body.
    const refused = publishRound(ctx, s.analyst, s.round.id, { confirm: true });
    await expect(refused).rejects.toMatchObject({ code: "differences_unresolved" });
    await expect(publishRound(ctx, s.analyst, s.round.id, { confirm: true })).rejects.toThrow(`(${s.body.code})`);

    const resolve = (field: "openAccess.results" | "B", choice: "submitted" | "recorded", note: string | null) =>
      resolveDifference(ctx, s.analyst, { roundId: s.round.id, bodyId: s.body.id, field, choice, note });
    expect(await codeOf(resolve("openAccess.results", "submitted", ""))).toBe("resolution_note_required");
    expect(await codeOf(resolve("B", "recorded", "no such difference"))).toBe("difference_not_found");
    await resolve("openAccess.results", "submitted", "The check hit a maintenance page; the page is public");
    // Still zeroed: the slot itself has no publication in open access in the record (§16 by evidence).
    const resolved = await s.official();
    expect(resolved.explanation).toMatchObject({ unresolved: 0, zeroReasons: ["resultsNotPublished"] });
    await recordExemption(ctx, s.analyst, {
      roundId: s.round.id,
      bodyId: s.body.id,
      slot: "2024-Q2",
      reason: "Same maintenance page",
    });
    expect([(await s.official()).zeroed, (await s.official()).fValue]).toEqual([false, "50.0"]);
    const published = await publishRound(ctx, s.analyst, s.round.id, { confirm: true });
    expect(published.status).toBe("published");
  });

  it("§20: a choice that would make accepted exceed received is refused", async () => {
    const ctx = testContext(engine.database);
    const s = await setting(ctx, 3);
    await publish(ctx, 3, s.body.id, s.officer);
    await submitFigures(ctx, s.officer, {
      roundId: s.round.id,
      bodyId: s.body.id,
      remarks: { received: 5, accepted: 4, rejected: 1 },
      comments: { received: 0, answered: 0 },
    });
    await computeRound(ctx, s.analyst, s.round.id);
    // Recorded B = 1, C = 2: taking the record's C with the submitted B = 4 is impossible (§22).
    expect(
      await codeOf(
        resolveDifference(ctx, s.analyst, {
          roundId: s.round.id,
          bodyId: s.body.id,
          field: "C",
          choice: "recorded",
          note: "record",
        }),
      ),
    ).toBe("resolution_inconsistent");
    await resolveDifference(ctx, s.analyst, {
      roundId: s.round.id,
      bodyId: s.body.id,
      field: "B",
      choice: "recorded",
      note: "three acceptances lack a reference",
    });
    const outcome = await resolveDifference(ctx, s.analyst, {
      roundId: s.round.id,
      bodyId: s.body.id,
      field: "C",
      choice: "recorded",
      note: "three remarks were registered twice",
    });
    expect(outcome.outcome.unresolvedBodies).toEqual([]);
    expect([(await s.official()).b, (await s.official()).c, (await s.official()).fValue]).toEqual([1, 2, "50.0"]);
  });

  it("§21.3: satisfaction after compute and corrections after publication are new, kept versions", async () => {
    const ctx = testContext(engine.database);
    const s = await setting(ctx, 4);
    await publish(ctx, 4, s.body.id, s.officer);
    await submitFigures(ctx, s.officer, {
      roundId: s.round.id,
      bodyId: s.body.id,
      remarks: { received: 2, accepted: 1, rejected: 0 },
      comments: { received: 0, answered: 0 },
    });
    const first = await computeRound(ctx, s.analyst, s.round.id);
    expect(first.version).toBe(1);
    const sat = (scorePercent: number, reason?: string) =>
      recordSatisfaction(ctx, s.analyst, {
        roundId: s.round.id,
        bodyId: s.body.id,
        scorePercent,
        source: "MCI survey",
        reason: reason ?? null,
      });
    // Entered after compute: no longer dropped, it is in the results of version 2.
    expect(await sat(61.5)).toEqual({ version: 2 });
    expect((await s.official()).criteria21).toMatchObject({ satisfaction: { provided: true } });
    await publishRound(ctx, s.analyst, s.round.id, { confirm: true });

    expect(await codeOf(sat(64))).toBe("correction_reason_required");
    expect(await codeOf(computeRound(ctx, s.analyst, s.round.id))).toBe("correction_reason_required");
    expect(await sat(64, "The survey's final weighting")).toEqual({ version: 3 });
    const { round, versions } = await listRoundVersions(ctx, null, s.round.id);
    expect(round.correctedAt).not.toBeNull();
    expect(versions.map((v) => [v.version, v.cause, v.publishedAt !== null])).toEqual([
      [3, "satisfaction", true],
      [2, "satisfaction", true],
    ]);
    // The ministry sees every version, the unpublished first one included; it stays readable.
    const all = await listRoundVersions(ctx, s.analyst, s.round.id);
    expect(all.versions.map((v) => v.version)).toEqual([3, 2, 1]);
    const old = await readRoundVersion(ctx, s.analyst, s.round.id, 1);
    const oldOfficial = old.results.find((r) => r.bodyId === s.body.id && r.source === "submission");
    expect(oldOfficial?.criteria21).toMatchObject({ satisfaction: { provided: false } });
    await expect(readRoundVersion(ctx, null, s.round.id, 1)).rejects.toMatchObject({ code: "not_found" });
    const audit = await listAuditForEntity(ctx.database.db, "evaluation_round", s.round.id);
    expect(audit.filter((a) => a.action === "round.correct")).toHaveLength(1);
  });
});
