import { describe, expect, it } from "vitest";
import { EMAIL_IN_TEXT, plainEmail } from "./email-in-text.ts";
import { redactText } from "./redact-text.ts";

const found = (text: string) => [...text.matchAll(EMAIL_IN_TEXT)].map((m) => plainEmail(m[0]));

describe("e-mail addresses in citizens' texts, disguised or not", () => {
  it.each([
    ["ivanov@mail.kz", "ivanov@mail.kz"],
    ["почта ivanov(at)mail.kz, жду ответа", "ivanov@mail.kz"],
    ["ivanov [at] mail [dot] kz", "ivanov@mail.kz"],
    ["ivanov @ mail.kz", "ivanov@mail.kz"],
    ["пишите: erlan.n(собака)gov.kz", "erlan.n@gov.kz"],
    ["ivanov собака mail.ru", "ivanov@mail.ru"],
    ["a.b{at}bk(точка)ru", "a.b@bk.ru"],
    ["поштам: aigul (at) mail (нүкте) kz", "aigul@mail.kz"],
    ["write to ivanov at mail dot kz please", "ivanov@mail.kz"],
    ["ivanov@Mail.KZ.", "ivanov@Mail.KZ"],
  ])("%j holds %j", (text, email) => expect(found(text)).toEqual([email]));

  it.each([
    "meet me at home.kz tomorrow", // a bare " at " needs a written-out "dot"
    "жиналыс 15:00 @ әкімдікте",
    "цена 100 @ 5 тенге",
    "#сквер @akimat_almaty",
  ])("%j holds none", (text) => expect(found(text)).toEqual([]));

  it("is masked wherever text leaves the workspace", () => {
    expect(redactText("Жауапты ivanov(at)mail.kz мекенжайына жіберіңіз")).toBe(
      "Жауапты i***@mail.kz мекенжайына жіберіңіз",
    );
    expect(redactText("ivanov [at] mail [dot] kz")).toBe("i***@mail.kz");
  });
});
