/**
 * The incremental per-day figures (migration 0006) must always equal a full recount from the
 * items: a seeded random walk of everything that changes them — new items on both sides of a
 * Kazakhstan midnight, decisions with and without a §20.1 reference, superseded decisions,
 * answers, reclassification, a moved date — checked against the direct query after every step.
 */
import { beforeAll, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { describeEachEngine } from "../../../test/db.ts";
import { createBody, createItems, createUser, testContext } from "../../../test/factories.ts";
import { createRng } from "../db/seed/data/demo-texts.ts";
import type { Channel, ItemKind } from "../db/enums.ts";
import { countsInF } from "../../domain/evaluation/counts-in-f.ts";
import { decideItem } from "../services/feedback/decide-item.ts";
import { answerComment } from "../services/feedback/answer-comment.ts";
import { periodBounds } from "../services/period.ts";
import { sumRecordedFigures, sumRecordedFiguresFromItems } from "./indicator-figures.repository.ts";

const PERIODS = [
  ["2025-01-01", "2025-12-31"],
  ["2025-01-01", "2025-03-31"],
  ["2025-04-01", "2025-06-30"],
  ["2025-03-31", "2025-03-31"],
] as const;

describeEachEngine("incremental indicator figures", (engine) => {
  let bodyIds: string[] = [];
  beforeAll(async () => {
    const ctx = testContext(engine.database);
    bodyIds = [(await createBody(ctx)).id, (await createBody(ctx)).id];
  });

  const compare = async (step: string) => {
    for (const [from, to] of PERIODS) {
      const bounds = periodBounds(from, to);
      const sort = <T extends { bodyId: string }>(rows: T[]) =>
        [...rows].sort((a, b) => a.bodyId.localeCompare(b.bodyId));
      const fast = sort(await sumRecordedFigures(engine.database.db, bounds.from, bounds.before, bodyIds));
      const slow = sort(await sumRecordedFiguresFromItems(engine.database.db, bounds.from, bounds.before, bodyIds));
      expect(fast, `${step}, period ${from}..${to}`).toEqual(slow);
    }
  };

  it("equals a full recount after every kind of change", { timeout: 120_000 }, async () => {
    const ctx = testContext(engine.database);
    const rng = createRng(22_23);
    const officers = await Promise.all(bodyIds.map(async (id) => (await createUser(ctx, "body_officer", id)).actor));
    const kinds: ItemKind[] = ["remark", "proposal", "comment", "appeal", "social_comment"];
    // 31.03.2025 19:00 UTC is already 01.04.2025 in Astana: items straddle the quarter boundary.
    const instants = [
      "2025-03-31T18:30:00Z",
      "2025-03-31T19:30:00Z",
      "2025-01-01T00:00:00+05:00",
      "2025-12-31T23:59:59+05:00",
      "2025-06-15T12:00:00Z",
    ];
    // §2.8: every channel, so the aggregate and the recount must both leave the non-portal ones out.
    const channels: Channel[] = [
      "legal_acts_portal",
      "budget_portal",
      "legal_acts_portal",
      "legal_acts_portal",
      "budget_portal",
      "dialogue_portal",
      "own_form",
      "appeal",
      "social_media",
    ];
    const items: { id: number; bodyIndex: number; kind: ItemKind; channel: Channel }[] = [];
    for (let step = 0; step < 40; step++) {
      const action = step < 4 ? 0 : Math.floor(rng() * 6);
      if (action <= 1) {
        const bodyIndex = Math.floor(rng() * 2);
        const specs = Array.from({ length: 1 + Math.floor(rng() * 6) }, () => ({
          kind: kinds[Math.floor(rng() * kinds.length)]!,
          receivedAt: new Date(instants[Math.floor(rng() * instants.length)]!),
          channel: channels[Math.floor(rng() * channels.length)]!,
        }));
        for (const row of await createItems(ctx, bodyIds[bodyIndex]!, specs))
          items.push({ id: row.id, bodyIndex, kind: row.kind, channel: row.channel });
      } else if (action === 2 || action === 3) {
        const item = items[Math.floor(rng() * items.length)]!;
        if (item.kind !== "remark" && item.kind !== "proposal") continue;
        const [current] = await engine.database.rows<{ id: number }>(
          sql`select id::int as id from decisions where item_id = ${item.id} and superseded_at is null`,
        );
        const replaces = current ? { replacesDecisionId: current.id } : {};
        const withReference = rng() < 0.5;
        if (rng() < 0.6) {
          await decideItem(ctx, officers[item.bodyIndex]!, {
            itemId: item.id,
            outcome: "accepted",
            referenceKind: "act_clause",
            referenceText: withReference ? "5-тармақ" : " ",
            ...replaces,
          }).catch(async () =>
            decideItem(ctx, officers[item.bodyIndex]!, {
              itemId: item.id,
              outcome: "rejected",
              reason: "Негізсіз",
              ...replaces,
            }),
          );
        } else {
          await decideItem(ctx, officers[item.bodyIndex]!, {
            itemId: item.id,
            outcome: "rejected",
            reason: "Негізсіз",
            ...replaces,
          });
        }
      } else if (action === 4) {
        const item = items.find((i) => i.kind === "comment" && rng() < 0.5);
        if (item)
          await answerComment(ctx, officers[item.bodyIndex]!, { itemId: item.id, text: "Рахмет" }).catch(
            () => undefined,
          );
      } else {
        // Reclassification (§2.8) or a corrected date: the rare path that recomputes whole days.
        const item = items[Math.floor(rng() * items.length)]!;
        const kind = kinds[Math.floor(rng() * 3)]!;
        const channel = rng() < 0.3 ? channels[Math.floor(rng() * channels.length)]! : item.channel;
        await engine.database.db.execute(
          sql`update feedback_items set kind = ${kind}, channel = ${channel}, received_at = received_at + interval '2 hours' where id = ${item.id}`,
        );
        item.kind = kind;
        item.channel = channel;
      }
      await compare(`step ${step} (action ${action})`);
    }
    // The walk really exercised every column (not a comparison of zeros with zeros).
    const [totals] = await engine.database.rows<
      Record<string, number>
    >(sql`select count(*)::int as days, sum(remarks)::int as remarks,
      sum(accepted_with_reference)::int as accepted, sum(rejected)::int as rejected, sum(answered)::int as answered
      from indicator_daily where body_id in (${sql.join(
        bodyIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`);
    for (const value of Object.values(totals!)) expect(value).toBeGreaterThan(0);
    // And both follow the domain's §2.8 rule item by item: C and G over every day the walk reached.
    const bounds = periodBounds("2024-01-01", "2027-12-31");
    const year = await sumRecordedFigures(engine.database.db, bounds.from, bounds.before, bodyIds);
    bodyIds.forEach((bodyId, bodyIndex) => {
      const mine = items.filter((i) => i.bodyIndex === bodyIndex);
      const row = year.find((r) => r.bodyId === bodyId);
      expect(row?.remarksReceived ?? 0).toBe(mine.filter((i) => countsInF(i) === "C").length);
      expect(row?.commentsReceived ?? 0).toBe(mine.filter((i) => countsInF(i) === "G").length);
    });
    expect(items.some((i) => countsInF(i) === null && (i.kind === "remark" || i.kind === "comment"))).toBe(true);
  });
});
