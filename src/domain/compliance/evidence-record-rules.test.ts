import { describe, expect, it } from "vitest";
import { changedFields, evidenceRecordProblem } from "./evidence-record-rules.ts";

const today = "2026-12-03";

describe("evidence record rules (issue 13)", () => {
  it.each([
    // §16.1: interim results are quarterly
    {
      entity: "result-publications",
      values: { kind: "interim", periodQuarter: 2, publishedOn: "2026-07-10" },
      code: null,
    },
    {
      entity: "result-publications",
      values: { kind: "interim", periodQuarter: null, publishedOn: "2026-07-10" },
      code: "evidence_period_mismatch",
    },
    // §16.2: final results are annual, with no quarter
    {
      entity: "result-publications",
      values: { kind: "final", periodQuarter: 4, publishedOn: "2026-01-10" },
      code: "evidence_period_mismatch",
    },
    {
      entity: "result-publications",
      values: { kind: "final", periodQuarter: null, publishedOn: "2026-12-04" },
      code: "evidence_date_future",
    },
    // §6: announced in advance, not after
    {
      entity: "media-work",
      values: { happenedOn: "2026-05-01", announcedOn: "2026-05-02" },
      code: "announced_after_event",
    },
    { entity: "media-work", values: { happenedOn: "2026-05-01", announcedOn: "2026-04-28" }, code: null },
    { entity: "dialogue-events", values: { startsOn: "2026-05-01" }, code: null },
    // §18 with §2.5, §2.7: an event of the open dialogue portal
    {
      entity: "dialogue-events",
      values: { startsOn: "2026-05-01", url: "https://dialog.egov.kz/surveys/7" },
      code: null,
    },
    {
      entity: "dialogue-events",
      values: { startsOn: "2026-05-01", url: "https://t.me/minfin/123" },
      code: "event_not_on_dialogue_portal",
    },
    { entity: "council-sessions", values: { heldOn: "2026-05-01" }, code: null },
    // §12: not in the future, not before the discussion heard
    { entity: "council-sessions", values: { heldOn: "2026-12-04" }, code: "evidence_date_future" },
    {
      entity: "council-sessions",
      values: { heldOn: "2026-05-01", discussionStartsOn: "2026-05-10" },
      code: "council_before_discussion",
    },
  ] as const)("$entity $values → $code", ({ entity, values, code }) => {
    expect(evidenceRecordProblem(entity, values, today)?.code ?? null).toBe(code);
  });

  it("names only the correctable fields that changed", () => {
    expect(
      changedFields(
        "result-publications",
        { title: "Нәтижелер", titleRu: null, url: "https://a.kz", revision: 1, bodyId: "x" },
        { title: "Нәтижелер", titleRu: "Итоги", url: "https://b.kz", revision: 2, bodyId: "y" },
      ),
    ).toEqual(["titleRu", "url"]);
  });
});
