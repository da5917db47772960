/**
 * The ministry's overdue list reads every in-scope body's facts in one query per fact
 * (calendar-facts.ts): each body must get exactly its own calendar, as if it were read alone.
 */
import { expect, it } from "vitest";
import { describeEachEngine } from "../../../../test/db.ts";
import { testContext } from "../../../../test/factories.ts";
import { seedRegistry } from "../../db/seed/seed-registry.ts";
import { seedDemo } from "../../db/seed/seed-demo.ts";
import type { Actor } from "../../context.ts";
import { computeBodyCalendar } from "../compliance/compute-body-calendar.ts";
import { listInScopeBodies } from "../../repositories/body.repository.ts";
import { listOverdueDuties } from "./list-overdue.ts";

const ANALYST = { userId: null, role: "ministry_analyst", bodyId: null, label: "analyst" } as unknown as Actor;
const TODAY = "2026-11-20";

describeEachEngine("overdue duties of every body at once", (db) => {
  it("gives each body the duties its own calendar gives, worst first", async () => {
    const ctx = testContext(db.database);
    await seedRegistry(ctx);
    await seedDemo(ctx, { activeBodies: 4, itemsPerDiscussion: 3 });
    const { bodies, from } = await listOverdueDuties(ctx, ANALYST, { today: TODAY });
    expect(bodies.length).toBeGreaterThan(1);
    const inScope = await listInScopeBodies(db.database.db);
    const listed = new Map(bodies.map((b) => [b.body.id, b.duties]));
    for (const body of inScope) {
      const alone = await computeBodyCalendar(ctx, ANALYST, body.id, { from, to: TODAY }, TODAY);
      expect(listed.get(body.id) ?? [], body.code).toEqual(alone.duties.filter((d) => d.status === "overdue"));
    }
    const counts = bodies.map((b) => b.duties.length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  }, 240_000);
});
