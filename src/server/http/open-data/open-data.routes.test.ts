import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { describeEachEngine } from "../../../../test/db.ts";
import {
  FORMULA_PROPOSAL,
  EVIL_REMARK,
  REJECTION_REASON,
  startPortalApp,
  type PortalFixture,
} from "../portal/portal-fixture.test-support.ts";
import { csvField, csvTable } from "./csv.ts";
import { computeRound } from "../../services/evaluations/compute-round.ts";
import type { AppContext } from "../../context.ts";
import { kazakhstanDate } from "../../../domain/time/kazakhstan-time.ts";
import { parse as parseCsvSync } from "csv-parse/sync";

/** The CSV as a spreadsheet reads it (RFC 4180: quoted fields, doubled quotes, CRLF rows). */
function parseCsv(text: string): string[][] {
  return parseCsvSync(text, { relax_column_count: true }) as string[][];
}

describe("open-data CSV writer", () => {
  it("quotes, neutralises formula starts, and begins with a BOM", () => {
    expect(csvField(`a,"b"`)).toBe(`"a,""b"""`);
    for (const start of ["=", "+", "-", "@"]) expect(csvField(`${start}1+1`)).toBe(`'${start}1+1`);
    expect(csvField(-5)).toBe("-5"); // our numbers stay numbers
    expect(csvField(null)).toBe("");
    expect(csvTable(["a"], [{ a: "Қазақ" }])).toBe("\uFEFFa\r\nҚазақ\r\n");
  });
});

describeEachEngine("open data API", (engine) => {
  let app: FastifyInstance;
  let ctx: AppContext;
  let fixture: PortalFixture;
  beforeAll(async () => {
    ({ ctx, app, fixture } = await startPortalApp(engine.database));
  });
  afterAll(async () => app.close());

  it("publishes every published indicator, and only those, as JSON and CSV", async () => {
    const json = await app.inject({ url: "/api/open-data/indicators.json" });
    expect(json.statusCode).toBe(200);
    expect(json.headers["cache-control"]).toBe("public, max-age=60");
    const rows = (
      json.json() as {
        bodyCode: string;
        periodFrom: string;
        F: number;
        zeroed: boolean;
        band: string;
        B: number;
        C: number;
        E: number;
        G: number;
        nameKk: string;
        rulesVersion: string;
        roundId: string;
        source: string;
      }[]
    ).filter((r) => r.bodyCode === fixture.body.code);
    expect(rows.map((r) => r.periodFrom)).toEqual(["2025-01-01", "2025-07-01"]);
    expect(rows.some((r) => r.roundId === fixture.rounds.unpublished.id)).toBe(false);
    expect(rows[0]).toMatchObject({
      F: 0,
      zeroed: true,
      band: "ineffective",
      B: 2,
      C: 4,
      E: 2,
      G: 2,
      source: "submission",
    });
    expect(rows[1]).toMatchObject({
      F: 37.5,
      zeroed: false,
      band: "ineffective",
      B: 3,
      C: 4,
      E: 1,
      G: 2,
      nameKk: "Порталдың сынақ министрлігі",
    });
    expect(rows[1]!.rulesVersion).toMatch(/\S/);

    const csv = await app.inject({ url: "/api/open-data/indicators.csv" });
    expect(csv.headers["content-type"]).toContain("text/csv");
    expect(csv.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const table = parseCsv(csv.body.replace(/^\uFEFF/, ""));
    expect(table[0]).toEqual([
      "roundId",
      "roundTitle",
      "periodFrom",
      "periodTo",
      "publishedOn",
      "bodyCode",
      "nameKk",
      "nameRu",
      "nameEn",
      "B",
      "C",
      "E",
      "G",
      "F",
      "band",
      "zeroed",
      "status",
      "source",
      "rulesVersion",
      "correctedOn",
    ]);
    const mine = table.slice(1).filter((r) => r[5] === fixture.body.code);
    expect(mine).toHaveLength(2);
    // Issue 10: nothing corrected yet, so correctedOn is empty (null in JSON).
    expect(mine.map((r) => r[19])).toEqual(["", ""]);
    expect((json.json() as { correctedOn: string | null }[]).every((r) => r.correctedOn === null)).toBe(true);
    expect(mine[1]!.slice(9, 17)).toEqual(["3", "4", "1", "2", "37.5", "ineffective", "false", "evaluated"]);
    // §20: the silent body sent nothing — no F and no band, its status says why (never "high").
    const silentRows = (
      json.json() as { bodyCode: string; F: number | null; band: string | null; status: string; source: string }[]
    ).filter((r) => r.bodyCode === fixture.silent.code);
    expect(silentRows).toHaveLength(2);
    for (const r of silentRows)
      expect(r).toMatchObject({ F: null, band: null, status: "not_submitted", source: "recorded" });
    expect(
      table
        .slice(1)
        .filter((r) => r[5] === fixture.silent.code)
        .map((r) => r.slice(13, 17)),
    ).toEqual([
      // Issue 10: the silent body has no §16 publication in the record, so its record is zeroed (§23).
      ["", "", "true", "not_submitted"],
      ["", "", "true", "not_submitted"],
    ]);
  });

  it("publishes the registry with §1 exclusions", async () => {
    const rows = (await app.inject({ url: "/api/open-data/bodies.json" })).json() as {
      code: string;
      inScope: boolean;
      exclusionReason: string | null;
    }[];
    expect(rows.find((r) => r.code === fixture.excluded.code)).toMatchObject({
      inScope: false,
      exclusionReason: "national_bank",
    });
    expect(rows.find((r) => r.code === fixture.body.code)).toMatchObject({ inScope: true, exclusionReason: null });
    const csv = await app.inject({ url: "/api/open-data/bodies.csv" });
    const table = parseCsv(csv.body.replace(/^\uFEFF/, ""));
    expect(table[0]).toEqual([
      "code",
      "nameKk",
      "nameRu",
      "nameEn",
      "kind",
      "regionCode",
      "parentCode",
      "inScope",
      "exclusionReason",
      "website",
    ]);
    expect(table.find((r) => r[0] === fixture.excluded.code)?.slice(7, 9)).toEqual(["false", "national_bank"]);
  });

  it("publishes decided remarks and proposals of announced discussions without personal data", async () => {
    const json = await app.inject({ url: "/api/open-data/discussions.json" });
    expect(json.statusCode).toBe(200);
    expect(json.headers["content-type"]).toContain("application/json");
    expect(json.body).not.toContain("citizen-secret-ref");
    expect(json.body).not.toContain("authorRef");
    const rows = json.json() as {
      itemId: number;
      text: string;
      outcome: string;
      reason: string | null;
      referenceText: string | null;
      referenceKind: string | null;
      initiativeId: string;
      receivedOn: string;
    }[];
    // The undecided remark, the comment and the draft initiative's remark are not there.
    expect(rows.map((r) => r.itemId).sort()).toEqual([fixture.items[0]!.id, fixture.items[1]!.id].sort());
    expect(rows.find((r) => r.outcome === "accepted")).toMatchObject({
      text: EVIL_REMARK,
      referenceKind: "act_clause",
      initiativeId: fixture.initiative.id,
      receivedOn: "2025-03-10",
    });
    expect(rows.find((r) => r.outcome === "rejected")).toMatchObject({
      text: FORMULA_PROPOSAL,
      reason: REJECTION_REASON,
    });

    const csv = await app.inject({ url: "/api/open-data/discussions.csv" });
    expect(csv.statusCode).toBe(200);
    expect(csv.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.body).not.toContain("citizen-secret-ref");
    const table = parseCsv(csv.body.replace(/^\uFEFF/, ""));
    const header = table[0]!;
    expect(header).toContain("text");
    expect(header).not.toContain("authorRef");
    expect(table).toHaveLength(3);
    const text = header.indexOf("text");
    // A spreadsheet must not run the citizen's formula: the cell starts with an apostrophe.
    expect(table.map((r) => r[text])).toContain(`'${FORMULA_PROPOSAL}`);
    expect(table.map((r) => r[text])).toContain(EVIL_REMARK);
  });

  it("documents the open data in the OpenAPI under the open-data tag", async () => {
    const spec = (await app.inject({ url: "/api/docs/json" })).json() as {
      paths: Record<string, { get?: { tags?: string[] } }>;
    };
    for (const name of ["indicators", "bodies", "discussions"]) {
      for (const ext of ["csv", "json"])
        expect(spec.paths[`/api/open-data/${name}.${ext}`]?.get?.tags).toEqual(["open-data"]);
    }
    expect(Object.keys(spec.paths).some((p) => p.startsWith("/portal"))).toBe(false);
  });

  // Last: it corrects a published round (issue 10), which the tests above must not see.
  it("issue 10: a corrected round's records carry correctedOn (yyyy-mm-dd, Kazakhstan time), others null", async () => {
    const outcome = await computeRound(ctx, fixture.analyst, fixture.rounds.first.id, {
      reason: "typo in §20 figures",
    });
    const day = kazakhstanDate(outcome.round.correctedAt!);
    const rows = (
      (await app.inject({ url: "/api/open-data/indicators.json" })).json() as {
        roundId: string;
        correctedOn: string | null;
      }[]
    ).filter((r) => r.roundId === fixture.rounds.first.id || r.roundId === fixture.rounds.second.id);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.correctedOn).toBe(r.roundId === fixture.rounds.first.id ? day : null);
    const table = parseCsv((await app.inject({ url: "/api/open-data/indicators.csv" })).body.replace(/^\uFEFF/, ""));
    const first = table.slice(1).filter((r) => r[0] === fixture.rounds.first.id);
    expect(first.length).toBeGreaterThan(0);
    for (const r of first) expect(r[19]).toBe(day);
  });
});
