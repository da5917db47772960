import { describe, expect, it } from "vitest";
import { PASSWORD_MIN_LENGTH, passwordProblem } from "./password-policy.ts";

describe("password policy", () => {
  it.each([
    ["short", "Qz7#kp", "password_too_short"],
    ["eleven code points", "Жолжөндеу-1", "password_too_short"],
    ["on the list", "qwertyuiop123", "password_common"],
    ["on the list whatever the case", "1Q2W3E4R5T6Y", "password_common"],
    ["a listed word with digits and symbols appended", "Password2025!!", "password_common"],
    ["a repeated short pattern", "abcabcabcabc", "password_common"],
    ["the e-mail's name", "aigerim.s-2025-pikir", "password_contains_name"],
    ["the display name", "Серікова-тамыз-2025", "password_contains_name"],
  ])("refuses %s", (_label, password, problem) => {
    expect(passwordProblem(password, { email: "aigerim.s@gov.kz", displayName: "Айгерім Серікова" })).toBe(problem);
  });

  it.each([
    ["a long passphrase", "жасыл алма таудың басында"],
    ["a random string", "t7#Vq9!mPz2&Lw"],
    ["the test password", "Сынақ-пароль-2025!"],
  ])("accepts %s", (_label, password) => {
    expect(passwordProblem(password, { email: "aigerim.s@gov.kz", displayName: "Айгерім Серікова" })).toBeNull();
  });

  it("asks for at least twelve characters", () => expect(PASSWORD_MIN_LENGTH).toBe(12));
});
