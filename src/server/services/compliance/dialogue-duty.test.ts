/**
 * §18 (audit §2.5/§18): a "survey" at a t.me address closed the half-year duty. Recording one is now
 * refused; one already stored (before that rule) stays listed but no longer proves §18.
 */
import { expect, it } from "vitest";
import { describeEachEngine } from "../../../../test/db.ts";
import { createBody, createUser, testContext } from "../../../../test/factories.ts";
import { insertDialogueEvent } from "../../repositories/evidence.repository.ts";
import { computeBodyCalendar } from "./compute-body-calendar.ts";

describeEachEngine("§18 duty: only open dialogue portal events close it", (engine) => {
  it("a stored t.me survey leaves the half-year overdue; a dialog.egov.kz one closes it", async () => {
    const ctx = testContext(engine.database);
    const body = await createBody(ctx);
    const officer = await createUser(ctx, "body_officer", body.id);
    const half = async () =>
      (
        await computeBodyCalendar(ctx, officer.actor, body.id, { from: "2025-06-01", to: "2025-08-31" }, "2025-08-10")
      ).duties.find((d) => d.kind === "dialogue_event" && d.subject === "2025-H1")?.status;
    const event = { bodyId: body.id, kind: "survey" as const, topic: "Сауалнама", startsOn: "2025-05-10" };
    await insertDialogueEvent(ctx.database.db, { ...event, url: "https://t.me/minfin/123" });
    expect(await half()).toBe("overdue");
    await insertDialogueEvent(ctx.database.db, { ...event, url: "https://dialog.egov.kz/surveys/9" });
    expect(await half()).toBe("done");
  });
});
