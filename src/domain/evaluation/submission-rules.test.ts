import { describe, expect, it } from "vitest";
import { checkSubmission, referencesCoverage, type SubmissionContents } from "./submission-rules.ts";

const figures = (accepted: number, rejected = 0, received = 10, answered = 3, commentsReceived = 5) => ({
  remarks: { received, accepted, rejected },
  comments: { received: commentsReceived, answered },
});
const ref = (n: number) => ({ item: `№${n}`, referenceKind: "act_clause" as const, reference: `п. ${n} приказа № 12` });

describe("§20 submission rules (one place for the API and the CLI)", () => {
  it.each([
    // §20.1: accepted + rejected ≤ received
    { name: "§20.1 consistent", s: figures(4, 6), codes: [] },
    { name: "§20.1 accepted + rejected > received", s: figures(5, 6), codes: ["acceptedPlusRejectedExceedsReceived"] },
    // §20.2: answered ≤ received
    { name: "§20.2 answered > received", s: figures(0, 0, 10, 6, 5), codes: ["answeredExceedsReceived"] },
    {
      name: "§20.2 unanswered must be received − answered",
      s: { ...figures(0), comments: { received: 5, answered: 3, unanswered: 1 } },
      codes: ["unansweredMismatch"],
    },
    // §20.1 item by item
    { name: "§20.1 every accepted item listed", s: { ...figures(2), acceptedItems: [ref(1), ref(2)] }, codes: [] },
    {
      name: "§20.1 an item without a reference",
      s: { ...figures(2), acceptedItems: [ref(1), { ...ref(2), reference: "  " }] },
      codes: ["acceptedItemWithoutReference"],
    },
    {
      name: "§20.1 more items than accepted",
      s: { ...figures(1), acceptedItems: [ref(1), ref(2)] },
      codes: ["acceptedItemsExceedAccepted"],
    },
    { name: "§20.1 a partial list", s: { ...figures(3), acceptedItems: [ref(1)] }, codes: ["acceptedItemsIncomplete"] },
    {
      name: "§20.1 a partial list beside the document that lists them all",
      s: {
        ...figures(3),
        acceptedItems: [ref(1)],
        acceptedItemsDocument: { title: "Справка", url: "https://x.kz/a.pdf" },
      },
      codes: [],
    },
    // §20.3: dialog.egov.kz only
    {
      name: "§20.3 dialogue portal link",
      s: { ...figures(0), conferenceLinks: ["https://dialog.egov.kz/blogs/1"] },
      codes: [],
    },
    {
      name: "§20.3 a t.me link",
      s: { ...figures(0), conferenceLinks: ["https://t.me/minfin/1"] },
      codes: ["conferenceLinkNotDialogue"],
    },
    // §20.4: each material has an address
    {
      name: "§20.4 material without address",
      s: { ...figures(0), mediaMaterials: [{ kind: "briefing" as const, url: " " }] },
      codes: ["materialWithoutUrl"],
    },
    {
      name: "every problem at once, figures first",
      s: { ...figures(5, 6, 10, 6, 5), conferenceLinks: ["https://t.me/x"] },
      codes: ["acceptedPlusRejectedExceedsReceived", "answeredExceedsReceived", "conferenceLinkNotDialogue"],
    },
  ])("$name", ({ s, codes }) => {
    expect(checkSubmission(s).map((p) => p.code)).toEqual(codes);
  });

  it.each<[number, SubmissionContents, ReturnType<typeof referencesCoverage>]>([
    [0, {}, "none_accepted"],
    [2, { acceptedItems: [ref(1), ref(2)] }, "listed"],
    [2, { acceptedItems: [ref(1)], acceptedItemsDocument: { title: "Справка", url: "https://x.kz" } }, "document"],
    [2, {}, "missing"],
  ])("§20.1 references coverage of %i accepted", (accepted, contents, expected) => {
    expect(referencesCoverage(accepted, contents)).toBe(expected);
  });
});
