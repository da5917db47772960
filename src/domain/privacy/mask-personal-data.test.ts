import { describe, expect, it } from "vitest";
import { maskAddress, maskEmail, maskIin, maskName, maskPersonalData, maskPhone } from "./mask-personal-data.ts";

describe("masks of an appellant's personal data", () => {
  it.each([
    ["Иванов Пётр Сергеевич", "И*** П*** С***"],
    ["Әлиханов  Ерлан", "Ә*** Е***"],
    ["Nurlan", "N***"],
    ["  ", null],
    [null, null],
  ])("name %j → %j", (input, expected) => expect(maskName(input)).toBe(expected));

  // First 2 and last 2 digits kept: neither the birth date (digits 1–6) nor the serial survives.
  it.each([
    ["950315400125", "95********25"],
    ["9503 1540 0125", "95********25"],
    ["12345", "*****"],
    ["", null],
  ])("IIN %j → %j", (input, expected) => expect(maskIin(input)).toBe(expected));

  it.each([
    ["+7 701 123 45 67", "+7 *** *** ** 67"],
    ["+7(701)123-45-67", "+7(***)***-**-67"],
    ["8 701 123 45 67", "8 *** *** ** 67"],
    ["87011234567", "8********67"],
    ["55-12-34", "**-**-34"],
    [null, null],
  ])("phone %j → %j", (input, expected) => expect(maskPhone(input)).toBe(expected));

  it.each([
    ["petr.ivanov@mail.kz", "p***@mail.kz"],
    ["ерлан@пошта.қаз", "е***@пошта.қаз"],
    ["not-an-email", "n***"],
    [null, null],
  ])("e-mail %j → %j", (input, expected) => expect(maskEmail(input)).toBe(expected));

  it.each([
    ["г. Астана, ул. Кенесары, 40-12", "г. Астана, ***"],
    ["Алматы қ., Абай даңғылы, 10", "Алматы қ., ***"],
    ["050000, г. Алматы, ул. Толе би, 5", "050000, г. Алматы, ***"],
    ["ул. Кенесары 40-12", "***"],
    ["050000, г. Алматы", "***"],
    [null, null],
  ])("address %j → %j", (input, expected) => expect(maskAddress(input)).toBe(expected));

  it("masks every field of a record, keeping missing ones null", () => {
    expect(
      maskPersonalData({
        fullName: "Иванов Пётр",
        iin: "950315400125",
        phone: null,
        email: "p@mail.kz",
        address: null,
      }),
    ).toEqual({ fullName: "И*** П***", iin: "95********25", phone: null, email: "p***@mail.kz", address: null });
  });
});
