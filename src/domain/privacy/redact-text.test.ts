import { describe, expect, it } from "vitest";
import { isValidIin, redactText } from "./redact-text.ts";

// Valid check digits (computed by the algorithm): 950315400125, 880303350789, 010202500121.
describe("the IIN check digit", () => {
  it.each([
    ["950315400125", true],
    ["880303350789", true],
    ["010202500121", true],
    ["950315400126", false], // one digit off
    ["850101300123", false],
    ["95031540012", false], // 11 digits
    ["9503154001a5", false],
  ])("%s valid: %s", (iin, expected) => expect(isValidIin(iin)).toBe(expected));
});

describe("redacting personal data in citizens' texts", () => {
  it.each([
    // Kazakh
    ["Менің ЖСН 950315400125, жауапты хабарлаңыз", "Менің ЖСН ************, жауапты хабарлаңыз"],
    ["Телефоным: +7 701 123 45 67, хабарласыңыз.", "Телефоным: +7 *** *** ** 67, хабарласыңыз."],
    ["Пошта: erlan.n@mail.kz арқылы жауап беріңіз", "Пошта: e***@mail.kz арқылы жауап беріңіз"],
    ["Жол 880303350789 нөмірлі үйдің жанында", "Жол ************ нөмірлі үйдің жанында"],
    // Russian
    ["Мой ИИН: 850101300123 (с опечаткой), прошу ответить", "Мой ИИН: ************ (с опечаткой), прошу ответить"],
    ["Звоните 8 (701) 123-45-67 или 8-7172-55-12-34", "Звоните 8 (***) ***-**-67 или 8-****-**-**-34"],
    ["Телефон 87011234567, почта ivanov@gov.kz.", "Телефон 8********67, почта i***@gov.kz."],
    ["+77011234567 — мой номер", "+7********67 — мой номер"],
    // Written in groups: masked when the 12 digits carry a valid check digit.
    ["Менің ЖСН-ім 9503 1540 0125 болады", "Менің ЖСН-ім ************ болады"],
    ["ИИН 880303 350789, адрес прежний", "ИИН ************, адрес прежний"],
    // Security review 2026-12, W9: national phone forms (no + or 8) and IINs with dots or slashes.
    ["тел 77011234567", "тел *********67"],
    ["Звоните 7 701 123 45 67", "Звоните * *** *** ** 67"],
    ["Номер 7(701)123-45-67", "Номер *(***)***-**-67"],
    ["Телефоным 701 123 45 67", "Телефоным *** *** ** 67"],
    ["WhatsApp 7011234567", "WhatsApp ********67"],
    ["Тел. 747 555 12 34 (Beeline)", "Тел. *** *** ** 34 (Beeline)"],
    ["ИИН 950315.400125", "ИИН ************"],
    ["ЖСН 950315/400125", "ЖСН ************"],
  ])("%s", (input, expected) => expect(redactText(input)).toBe(expected));

  it.each([
    "Дело № 123456789012 рассмотрено", // 12 digits, no valid check digit, no IIN label
    "Счёт 1234 5678 9012 закрыт", // 12 grouped digits without a valid check digit
    "Пункты 8 10 12 14 16 18 проекта", // a list, not a phone
    "Бюджет 2025 года: 8 млрд тенге",
    "5-тармақты 30 күнге ұзарту керек",
    "Телефон 1234567", // too short for a phone
    "Бюджет 7 000 000 000 тенге", // a sum, not a phone: 000 is no mobile code
    "Приказ № 770 от 12.05.2024",
    "Сумма 7011234567890 тенге", // longer than a phone
    "",
  ])("leaves %j as it is", (text) => expect(redactText(text)).toBe(text));

  it("does not read an IIN or a phone inside a longer number", () => {
    expect(redactText("Шот 9503154001251 ашылды")).toBe("Шот 9503154001251 ашылды");
    expect(redactText("Код 987011234567")).toBe("Код 987011234567");
  });

  it("masks a phone written as an e-mail's local part once, as an e-mail", () => {
    expect(redactText("87011234567@mail.ru")).toBe("8***@mail.ru");
  });
});
