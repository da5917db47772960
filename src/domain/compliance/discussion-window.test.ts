import { describe, expect, it } from "vitest";
import { discussionHasEnded, positionInWindow } from "./discussion-window.ts";

const window = { startsOn: "2026-11-01", endsOn: "2026-11-15" };

describe("§5 discussion window (issue 10)", () => {
  it.each([
    ["§5 received on the first day", "2026-11-01", window, null],
    ["§5 received on the last day", "2026-11-15", window, null],
    ["§5 received the day before it opened", "2026-10-31", window, "before"],
    ["§5 received the day after it closed", "2026-11-16", window, "after"],
    ["§5 no end recorded: never late", "2027-01-10", { startsOn: "2026-11-01", endsOn: null }, null],
    ["§5 no start recorded: never early", "2026-01-10", { startsOn: null, endsOn: "2026-11-15" }, null],
    ["§5 item of no initiative", "2026-11-16", null, null],
  ] as const)("%s", (_name, receivedOn, w, position) => expect(positionInWindow(receivedOn, w)).toBe(position));

  it.each([
    ["§5 last day was yesterday: closes", "in_discussion", "2026-12-01", true],
    ["§5 last day is today: stays open", "in_discussion", "2026-12-02", false],
    ["§5 no end recorded: stays open", "in_discussion", null, false],
    ["§5 a draft not in discussion is left alone", "adopted", "2026-11-01", false],
  ] as const)("%s", (_name, status, endsOn, ends) =>
    expect(discussionHasEnded(status, endsOn, "2026-12-02")).toBe(ends),
  );
});
