/**
 * The demo carries issue 10's part-B cases (seeded through the services): status-only imported
 * acceptances (§20.1: out of B), answered dialogue-portal questions (never in C or G, §2.8), a §8 and
 * a §19 follow-through link and a §17 topic linked to its §18 conference.
 */
import { expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { describeEachEngine } from "../../../../test/db.ts";
import { testContext } from "../../../../test/factories.ts";
import { seedRegistry } from "./seed-registry.ts";
import { seedDemo } from "./seed-demo.ts";
import { findBodyByCode } from "../../repositories/body.repository.ts";

describeEachEngine("demo seed: issue 10 part B cases", (engine) => {
  it("seeds status-only acceptances, dialogue questions, follow-through links and a linked §17 topic", async () => {
    const ctx = testContext(engine.database);
    await seedRegistry(ctx);
    await seedDemo(ctx, { activeBodies: 2, itemsPerDiscussion: 2 });
    const body = (await findBodyByCode(engine.database.db, "min-finance"))!;
    const rows = <T>(q: ReturnType<typeof sql>) => engine.database.rows<T>(q);
    const statusOnly = await rows<{ reason: string }>(sql`
      select d.reason from decisions d join feedback_items f on f.id = d.item_id
      where f.body_id = ${body.id} and f.source = 'demo-import' and d.superseded_at is null
        and d.outcome = 'accepted' and d.reference_text is null order by d.reason`);
    expect(statusOnly.map((r) => r.reason)).toEqual(["Принято", "Қабылданды"]);
    const [questions] = await rows<{ n: number }>(
      sql`select count(*)::int as n from feedback_items where body_id = ${body.id} and channel = 'dialogue_portal'`,
    );
    expect(questions!.n).toBe(3);
    const links = await rows<{ kind: string }>(
      sql`select kind from follow_throughs where body_id = ${body.id} and removed_at is null order by kind`,
    );
    expect(links.map((l) => l.kind)).toEqual(["conference_law_enforcement_review", "rule_making_plan"]);
    const [topic] = await rows<{ events: number }>(sql`
      select count(e.event_id)::int as events from conference_topics t
      left join conference_topic_events e on e.topic_id = t.id
      where t.body_id = ${body.id} and t.quarter = '2026-Q3' group by t.id`);
    expect(topic!.events).toBe(1);
    // §2.8 and §20.1 on the record: the questions add nothing to G, the status-only acceptances nothing to B.
    const [figures] = await rows<{ comments: number; without: number }>(sql`
      select coalesce(sum(comments), 0)::int as comments, coalesce(sum(accepted_without_reference), 0)::int as without
      from indicator_daily where body_id = ${body.id} and day between '2026-07-01' and '2026-09-30'`);
    const [portalComments] = await rows<{ n: number }>(sql`
      select count(*)::int as n from feedback_items where body_id = ${body.id} and kind = 'comment'
        and channel in ('legal_acts_portal', 'budget_portal')
        and pikir_kz_day(received_at) between '2026-07-01' and '2026-09-30'`);
    expect(figures!.comments).toBe(portalComments!.n);
    expect(figures!.without).toBeGreaterThanOrEqual(2);
  });
});
