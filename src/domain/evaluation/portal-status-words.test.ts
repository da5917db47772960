import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isPortalStatusWord, PORTAL_ACCEPTED_WORDS } from "./portal-status-words.ts";

describe("§20.1: a portal's status word is not a reference", () => {
  it.each([
    ["Принято", true],
    ["  учтено. ", true],
    ["Қабылданды", true],
    ["ПРИНЯТО!", true],
    ["«Учтено»", true],
    ["accepted", true],
    ["п. 9 приказа МФ № 123 от 01.03.2026", false],
    ["Бюджетная программа 001", false],
    ["Не принято", false],
    ["", false],
    [null, false],
  ])("%j → %s", (text, expected) => {
    expect(isPortalStatusWord(text)).toBe(expected);
  });

  it("migration 0021 clears exactly the domain's list of words", () => {
    const sql = readFileSync(
      new URL("../../server/db/migrations/0021_submission_contents.sql", import.meta.url),
      "utf8",
    );
    const list = sql.slice(sql.indexOf("' .!«»\"') IN ("), sql.indexOf("GET DIAGNOSTICS"));
    const words = [...list.matchAll(/'([^']+)'/g)].map((m) => m[1]).slice(1);
    expect(words.sort()).toEqual([...PORTAL_ACCEPTED_WORDS].sort());
  });
});
