/**
 * Issue 10, "done when": the demo data holds every case the indicator rules are about, seeded
 * through the services — silent bodies and non-submitters (§20: no official F, never "high"), a
 * missing §16 slot zeroing F (§23), a disputed submission that blocks publication (§20), a corrected
 * published round (versions), status-only imported acceptances (§20.1) and dialogue-portal questions
 * (§2.8) — and the portal and open data show each status.
 */
import { expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { describeEachEngine } from "../../../../test/db.ts";
import { testContext } from "../../../../test/factories.ts";
import { buildTestApp } from "../../../../test/http.ts";
import { seedRegistry } from "./seed-registry.ts";
import { seedDemo } from "./seed-demo.ts";
import { publishRound } from "../../services/evaluations/publish-round.ts";
import { SYSTEM_ACTOR } from "../../context.ts";

describeEachEngine("demo seed: every issue 10 case", (engine) => {
  it("silent bodies, non-submitters, a missing §16 slot, a disputed submission, status-only acceptances, dialogue questions", async () => {
    const ctx = testContext(engine.database);
    await seedRegistry(ctx);
    // Nine active bodies: index 5 misses 2025-Q3's §16 results (seed-demo-evidence.ts), index 8 never answers 2025.
    await seedDemo(ctx, { activeBodies: 9, itemsPerDiscussion: 1 });
    const rows = <T>(q: ReturnType<typeof sql>) => engine.database.rows<T>(q);
    const [year] = await rows<{ id: string; corrected: boolean }>(
      sql`select id, corrected_at is not null as corrected from evaluation_rounds where period_from = '2025-01-01' and period_to = '2025-12-31'`,
    );
    const [quarter] = await rows<{ id: string; status: string }>(
      sql`select id, status from evaluation_rounds where period_from = '2025-10-01' and period_to = '2025-12-31'`,
    );

    // §20: who did not submit has no official F; silent ones (nothing recorded either) and non-submitters
    // with a record are both there.
    const official = await rows<{ status: string; recordedCG: number; zeroed: boolean; explanation: unknown }>(sql`
      select o.status, (r.c + r.g)::int as "recordedCG", o.zeroed, o.explanation
      from evaluation_results o join evaluation_results r
        on r.round_id = o.round_id and r.body_id = o.body_id and r.source = 'recorded'
      where o.round_id = ${year!.id} and (o.source = 'submission' or o.status = 'not_submitted')`);
    const notSubmitted = official.filter((o) => o.status === "not_submitted");
    expect(notSubmitted.some((o) => o.recordedCG === 0)).toBe(true); // silent
    expect(notSubmitted.some((o) => o.recordedCG > 0)).toBe(true); // a non-submitter with a record
    // §23: a missing 2025-Q3 publication zeroes an evaluated body's F, with that reason.
    expect(
      official.some(
        (o) => o.status === "evaluated" && o.zeroed && JSON.stringify(o.explanation).includes("resultsNotPublished"),
      ),
    ).toBe(true);
    // Versions: the published round was corrected (a late §21.3 score) — version 2, the first kept.
    expect(year!.corrected).toBe(true);
    const versions = await rows<{ version: number }>(
      sql`select version from evaluation_result_versions where round_id = ${year!.id} order by version`,
    );
    expect(versions.map((v) => v.version).slice(0, 2)).toEqual([1, 2]);
    // §20: the 2025-Q4 round keeps a disputed submission; publishing it is refused until resolved.
    expect(quarter!.status).toBe("computed");
    await expect(
      publishRound(ctx, { ...SYSTEM_ACTOR, role: "ministry_analyst" }, quarter!.id, { confirm: true }),
    ).rejects.toMatchObject({
      code: "differences_unresolved",
    });

    // §20.1 and §2.8 on the record: status-only imported acceptances and dialogue-portal questions exist.
    const [cases] = await rows<{ statusOnly: number; questions: number }>(sql`
      select
        (select count(*)::int from decisions d join feedback_items f on f.id = d.item_id
          where f.source = 'demo-import' and d.superseded_at is null and d.outcome = 'accepted'
            and d.reference_text is null) as "statusOnly",
        (select count(*)::int from feedback_items where channel = 'dialogue_portal') as questions`);
    expect(cases!.statusOnly).toBeGreaterThan(0);
    expect(cases!.questions).toBeGreaterThan(0);

    // The public sees the statuses: open data carries them (F and band null when not submitted), and
    // no body that did not submit, or received nothing, is among the "high".
    const app = await buildTestApp(ctx);
    try {
      const records = (await app.inject({ url: "/api/open-data/indicators.json" })).json() as {
        roundId: string;
        status: string;
        F: number | null;
        band: string | null;
      }[];
      const ofYear = records.filter((r) => r.roundId === year!.id);
      expect(new Set(ofYear.map((r) => r.status))).toContain("not_submitted");
      for (const r of ofYear.filter((x) => x.status === "not_submitted")) expect([r.F, r.band]).toEqual([null, null]);
      expect(ofYear.filter((r) => r.status !== "evaluated" && r.band === "high")).toEqual([]);
      const portal = await app.inject({ url: "/portal?lang=en" });
      expect(portal.body).toContain("§20 information not submitted");
    } finally {
      await app.close();
    }
  }, 240_000);
});
