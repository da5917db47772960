import { expect, it } from "vitest";
import { describeEachEngine } from "../../../../test/db.ts";
import { createBody, createItems, createUser, testContext } from "../../../../test/factories.ts";
import { labelItems } from "./label-items.ts";
import { correctLabel } from "./correct-label.ts";
import { quarterTopics, topicMapsComputed } from "./quarter-topics.ts";
import { ROADS, seedQuarter } from "./quarter-fixture.test-support.ts";

const Q1 = { year: 2025, q: 1 } as const;

describeEachEngine("the quarter's topic map (§14, issue 16)", (engine) => {
  it("is clustered once while its labels stay the same, and again after a correction or a new item", async () => {
    const ctx = testContext(engine.database);
    const body = await createBody(ctx);
    const seeded = await seedQuarter(ctx, body.id);
    await labelItems(ctx, { bodyId: body.id, from: "2025-01-01", to: "2025-03-31" });
    const db = engine.database.db;

    const before = topicMapsComputed();
    const first = await quarterTopics(db, body.id, Q1, "s14");
    const [again, together] = await Promise.all([
      quarterTopics(db, body.id, Q1, "s14"),
      quarterTopics(db, body.id, Q1, "s14"),
    ]);
    expect(again).toEqual(first);
    expect(together).toEqual(first);
    expect(topicMapsComputed() - before).toBe(1); // the repeated and the concurrent reads reuse it
    const size = first.reduce((n, t) => n + t.size, 0);
    expect(size).toBe(seeded.roads.length + seeded.campaign.length + seeded.others.length); // §14 scope: no portal items

    // A person's correction of sentiment changes what the map reports: it is clustered again.
    const road = seeded.roads[0]!;
    const topicOf = (topics: typeof first) => topics.find((t) => t.itemIds.includes(String(road.id)))!;
    const negative = topicOf(first).negativeShare;
    const { actor } = await createUser(ctx, "body_officer", body.id);
    await correctLabel(ctx, actor, road.id, { field: "sentiment", value: "positive" });
    const corrected = await quarterTopics(db, body.id, Q1, "s14");
    expect(topicMapsComputed() - before).toBe(2);
    expect(topicOf(corrected).negativeShare).toBeLessThan(negative);

    // A new labelled item of the quarter counts at once.
    await createItems(ctx, body.id, [{ ...ROADS[1]!, text: "Улица Абая: ямы на дороге снова не отремонтированы." }]);
    await labelItems(ctx, { bodyId: body.id, from: "2025-01-01", to: "2025-03-31" });
    const grown = await quarterTopics(db, body.id, Q1, "s14");
    expect(grown.reduce((n, t) => n + t.size, 0)).toBe(size + 1);

    // The portal-wide scope is its own map.
    const all = await quarterTopics(db, body.id, Q1, "all");
    expect(all.reduce((n, t) => n + t.size, 0)).toBe(size + 1 + seeded.portal.length);
  });
});
