import { describe, expect, it } from "vitest";
import { formatSubmissionError } from "./format-error.ts";
import { validateSubmission, type SubmissionError } from "./validate-submission.ts";

const good = {
  id: "akimat-almaty",
  name: "Алматы қаласының әкімдігі",
  remarks: { received: 10, accepted: 6, rejected: 4 },
  comments: { received: 8, answered: 5, unanswered: 3 },
};
const errorsOf = (raw: unknown, index = 0): Omit<SubmissionError, "params">[] => {
  const r = validateSubmission(raw, index);
  return r.ok ? [] : r.errors.map(({ params: _params, ...rest }) => rest);
};
const withBody = (patch: Record<string, unknown>) => ({ ...good, ...patch });
const at = (field: string, code: string, index = 0) => ({
  bodyId: good.id,
  bodyName: good.name,
  bodyIndex: index,
  field,
  code,
});

describe("validateSubmission — §20.1/§20.2 summaries", () => {
  it("accepts a complete summary and returns it typed", () => {
    const r = validateSubmission({ ...good, openAccess: { drafts: true, results: null } }, 0);
    expect(r).toEqual({ ok: true, value: { ...good, openAccess: { drafts: true } } });
  });

  it("accepts a summary without the optional unanswered count (§20.2)", () => {
    const r = validateSubmission(withBody({ comments: { received: 8, answered: 5 } }), 3);
    expect(r.ok && r.value.comments).toEqual({ received: 8, answered: 5 });
  });

  it.each([
    { raw: withBody({ remarks: undefined }), errors: [at("remarks", "missing")] },
    { raw: withBody({ remarks: { received: 10, rejected: 4 } }), errors: [at("remarks.accepted", "missing")] },
    { raw: withBody({ comments: { answered: 1 } }), errors: [at("comments.received", "missing")] },
    { raw: withBody({ remarks: 5 }), errors: [at("remarks", "notAnObject")] },
    {
      raw: withBody({ remarks: { received: "10", accepted: 6, rejected: 4 } }),
      errors: [at("remarks.received", "notAnInteger")],
    },
    {
      raw: withBody({ remarks: { received: 10, accepted: 6.5, rejected: 3 } }),
      errors: [at("remarks.accepted", "notAnInteger")],
    },
    { raw: withBody({ comments: { received: 8, answered: -1 } }), errors: [at("comments.answered", "negative")] },
    // §20.1: accepted + rejected cannot exceed the total received
    {
      raw: withBody({ remarks: { received: 7, accepted: 5, rejected: 3 } }),
      errors: [at("remarks.accepted", "acceptedPlusRejectedExceedsReceived")],
    },
    // §20.2: answered cannot exceed the total received
    {
      raw: withBody({ comments: { received: 4, answered: 5 } }),
      errors: [at("comments.answered", "answeredExceedsReceived")],
    },
    // §20.2: unanswered, when given, is received − answered
    {
      raw: withBody({ comments: { received: 8, answered: 5, unanswered: 2 } }),
      errors: [at("comments.unanswered", "unansweredMismatch")],
    },
    { raw: withBody({ openAccess: "yes" }), errors: [at("openAccess", "badOpenAccess")] },
    { raw: withBody({ openAccess: { drafts: "no" } }), errors: [at("openAccess.drafts", "badOpenAccess")] },
    { raw: withBody({ openAccess: { reports: false } }), errors: [at("openAccess.reports", "badOpenAccess")] },
    { raw: withBody({ countedItems: { remarks: [1, 2] } }), errors: [at("countedItems.remarks", "notAStringArray")] },
    { raw: withBody({ countedItems: "r-1" }), errors: [at("countedItems", "notAnObject")] },
  ])("reports $errors.0.field / $errors.0.code", ({ raw, errors }) => {
    expect(errorsOf(raw)).toEqual(errors);
  });

  it("names the body by position when id and name are unusable", () => {
    expect(errorsOf({ ...good, id: 42, name: "" }, 4)).toEqual([
      { bodyIndex: 4, field: "id", code: "notAString" },
      { bodyIndex: 4, field: "name", code: "empty" },
    ]);
    expect(errorsOf({ ...good, id: undefined, name: undefined }, 1)).toEqual([
      { bodyIndex: 1, field: "id", code: "missing" },
      { bodyIndex: 1, field: "name", code: "missing" },
    ]);
    expect(errorsOf("Минфин", 2)).toEqual([{ bodyIndex: 2, field: "", code: "notAnObject" }]);
  });

  it("reports every problem at once, not only the first", () => {
    const codes = errorsOf({ id: "x", name: "X", remarks: { received: -1, accepted: "a" }, comments: null }).map(
      (e) => e.code,
    );
    expect(codes).toEqual(["negative", "notAnInteger", "missing", "notAnObject"]);
  });

  it("localises messages naming body and field in kk, ru and en", () => {
    const r = validateSubmission(withBody({ remarks: { received: 7, accepted: 5, rejected: 3 } }), 1);
    expect(r.ok).toBe(false);
    const error = !r.ok ? r.errors[0]! : undefined!;
    expect(formatSubmissionError(error, "en")).toBe(
      "Body #2 “Алматы қаласының әкімдігі” (id: akimat-almaty), field “remarks.accepted”: accepted (5) plus rejected (3) exceeds the total remarks and proposals received (7) (§20.1)",
    );
    expect(formatSubmissionError(error, "ru")).toBe(
      "Орган №2 «Алматы қаласының әкімдігі» (id: akimat-almaty), поле «remarks.accepted»: сумма принятых (5) и непринятых (3) превышает общее число поступивших замечаний и предложений (7) (подп. 1) п. 20)",
    );
    expect(formatSubmissionError(error, "kk")).toBe(
      "«Алматы қаласының әкімдігі» (№2 орган, id: akimat-almaty), «remarks.accepted» өрісі: қабылданғандар (5) мен қабылданбағандардың (3) қосындысы келіп түскен ескертулер мен ұсыныстардың жалпы санынан (7) асып кетті (20-тармақтың 1) тармақшасы)",
    );
  });

  it("formats input-level and nameless errors", () => {
    expect(formatSubmissionError({ field: "period.to", code: "badDate", params: { value: "2025-13-01" } }, "en")).toBe(
      "Input, field “period.to”: must be a real date in YYYY-MM-DD form, got 2025-13-01",
    );
    expect(formatSubmissionError({ bodyIndex: 0, bodyId: "x", field: "name", code: "missing", params: {} }, "ru")).toBe(
      "Орган №1 (id: x), поле «name»: обязательное поле отсутствует",
    );
    expect(
      formatSubmissionError({ bodyIndex: 2, field: "", code: "notAnObject", params: { value: '"a"' } }, "kk"),
    ).toBe('№3 орган: объект болуы керек, берілгені: "a"');
  });
});

describe("validateSubmission — §20.1 items, §20.3 links, §20.4 materials in a file (the rules of submission-rules.ts)", () => {
  it("reads the contents and applies the same rules as the API", () => {
    const contents = {
      acceptedItems: [{ item: "№3", referenceKind: "act_clause", reference: "п. 9 приказа № 123" }],
      conferenceLinks: ["https://t.me/akimat/1"],
    };
    expect(errorsOf(withBody(contents))).toEqual([
      at("acceptedItems", "acceptedItemsIncomplete"),
      at("conferenceLinks.0", "conferenceLinkNotDialogue"),
    ]);
    const ok = validateSubmission(
      withBody({
        ...contents,
        conferenceLinks: ["https://dialog.egov.kz/blogs/7"],
        acceptedItemsDocument: { title: "Справка", url: "https://akimat.kz/s.pdf" },
      }),
      0,
    );
    expect(ok.ok && ok.value.contents?.acceptedItems).toHaveLength(1);
  });

  it("names a malformed list by its field", () => {
    expect(errorsOf(withBody({ acceptedItems: "all of them" }))).toEqual([at("acceptedItems", "notAnArray")]);
  });
});
