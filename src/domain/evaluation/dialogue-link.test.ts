import { describe, expect, it } from "vitest";
import { isDialoguePortalUrl } from "./dialogue-link.ts";

describe("§20.3 links are dialogue-portal addresses (§2.2, §2.5, §2.7)", () => {
  it.each([
    ["https://dialog.egov.kz/blogs/123/welcome", true],
    ["https://www.dialog.egov.kz/survey/1", true],
    ["https://t.me/minfin/123", false],
    ["https://dialog.egov.kz.evil.example/x", false],
    ["https://evil.example/?u=dialog.egov.kz", false],
    ["javascript:alert(1)", false],
    ["not a url", false],
  ] as const)("%s → %s", (url, ok) => expect(isDialoguePortalUrl(url)).toBe(ok));
});
