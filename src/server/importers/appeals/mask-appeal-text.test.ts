/** W9, as the review's redact.mts probes it: personal data inside an appeal's text is masked before it is stored. */
import { describe, expect, it } from "vitest";
import { maskPersonalData } from "./convert-appeals.ts";

describe("appeal text mask (W9)", () => {
  it.each([
    ["ИИН 950315400125", "ИИН [ЖСН/ИИН]"],
    ["950315.400125", "[ЖСН/ИИН]"],
    ["9503 1540 0125", "[ЖСН/ИИН]"], // found on 03.12.2026: in fours it was kept
    ["+7 701 123 45 67", "[тел.]"],
    ["+7 701 12 34 567", "[тел.]"], // found on 03.12.2026: 2-2-3 was kept
    ["тел.8 701 1234567", "тел.[тел.]"],
    ["ivanov@mail.kz", "[e-mail]"],
    ["ivanov(at)mail.kz", "[e-mail]"], // found on 03.12.2026: disguised addresses were kept
    ["пишите ivanov [at] mail [dot] kz", "пишите [e-mail]"],
    // Not personal data: an 11-digit number, a sum, a year range.
    ["ИИН: 95031540012", "ИИН: 95031540012"],
    ["сумма 1 250 000 тенге", "сумма 1 250 000 тенге"],
    ["2024 2025 2026 жылдар", "2024 2025 2026 жылдар"],
  ])("%j → %j", (input, expected) => expect(maskPersonalData(input)).toBe(expected));
});
