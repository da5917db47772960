/**
 * Issue 7: every importer on malformed data. Each recorded-shape fixture is mutated many times with
 * a seeded generator — truncated, bytes flipped, garbage inserted, slices cut or doubled, JSON values
 * replaced by values of another type — and fed to its importer. Whatever comes in, the importer must
 * either refuse the whole file with a coded, explained error (file.*), or read it record by record,
 * each record an item set or a problem with its line and a coded reason; never a crash, never an
 * item that would poison the database (a missing key, an invalid date, an empty text).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createRng } from "../../domain/random.ts";
import { openImport, type ImportRecord } from "./registry.ts";
import { UnreadableFileError } from "./shared/encoding.ts";
import type { ImporterName } from "./shared/types.ts";

const BODY = "11111111-1111-1111-1111-111111111111";
const MUTANTS = 40;
const FIXTURES: [ImporterName, string][] = [
  ["template", "template.csv"],
  ["template", "template.xlsx"],
  ["appeals", "appeals-cp1251.csv"],
  ["appeals", "appeals-utf8bom.csv"],
  ["legalacts", "legalacts.json"],
  ["budget", "budget.json"],
  ["telegram", "telegram-result.json"],
  ["facebook", "facebook-feed.json"],
  ["instagram", "instagram-media.json"],
  ["vk", "vk-comments.json"],
  ["youtube", "youtube-threads.json"],
  ["dialog", "dialog.json"],
];
const GARBAGE = [
  "\u0000",
  '"',
  "'",
  ",",
  ";",
  "\n",
  "\r\n",
  "{",
  "}",
  "[",
  "]",
  ":",
  "null",
  "-1",
  "1e999",
  "99.99.9999",
  "\uFFFD",
  "әғқңөұүһі",
  "=cmd|' /C calc'!A0",
  "\\u0000",
  "\t",
];

type Rng = () => number;
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;

/** A JSON document with one value somewhere replaced by a value of another type. */
function mutateJsonValue(rng: Rng, text: string): string | null {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return null;
  }
  const holders: [Record<string, unknown> | unknown[], string | number][] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v))
      v.forEach((x, i) => {
        holders.push([v, i]);
        walk(x);
      });
    else if (v && typeof v === "object")
      for (const [k, x] of Object.entries(v)) {
        holders.push([v as Record<string, unknown>, k]);
        walk(x);
      }
  };
  walk(doc);
  if (holders.length === 0) return null;
  const [holder, key] = pick(rng, holders);
  const replacement = pick(rng, [
    null,
    0,
    -1,
    1e308,
    "",
    "x".repeat(20_000),
    [],
    {},
    true,
    "2025-13-45",
    { nested: [1, { deep: null }] },
  ]);
  (holder as Record<string | number, unknown>)[key] = replacement;
  return JSON.stringify(doc);
}

function mutate(rng: Rng, original: Buffer, isJson: boolean): Buffer {
  let bytes = Buffer.from(original);
  const rounds = 1 + Math.floor(rng() * 3);
  for (let r = 0; r < rounds; r++) {
    const at = Math.floor(rng() * Math.max(1, bytes.length));
    switch (Math.floor(rng() * (isJson ? 6 : 5))) {
      case 0:
        bytes = bytes.subarray(0, at);
        break; // truncated
      case 1:
        for (let i = 0; i < 1 + rng() * 8; i++) bytes[Math.floor(rng() * bytes.length)] = Math.floor(rng() * 256);
        break; // flipped bytes
      case 2:
        bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(pick(rng, GARBAGE)), bytes.subarray(at)]);
        break; // garbage inserted
      case 3:
        bytes = Buffer.concat([
          bytes.subarray(0, at),
          bytes.subarray(Math.min(bytes.length, at + Math.floor(rng() * 200))),
        ]);
        break; // slice cut
      case 4:
        bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(Math.max(0, at - 300), at), bytes.subarray(at)]);
        break; // slice doubled
      default: {
        const changed = mutateJsonValue(rng, bytes.toString("utf8"));
        if (changed) bytes = Buffer.from(changed);
      }
    }
  }
  return bytes;
}

type Outcome = { refused: string } | { records: number; items: number; problems: number };

async function runImporter(importer: ImporterName, file: string): Promise<Outcome> {
  let opened;
  try {
    opened = await openImport(importer, file, { bodyId: BODY });
  } catch (error) {
    if (error instanceof UnreadableFileError) return { refused: error.code };
    throw error;
  }
  let records = 0,
    items = 0,
    problems = 0;
  try {
    for await (const record of opened.records as AsyncIterable<ImportRecord>) {
      records++;
      expect(Number.isInteger(record.position) && record.position >= 0, `record position ${record.position}`).toBe(
        true,
      );
      if (!record.result.ok) {
        problems++;
        expect(record.result.problem.code).toMatch(/^row\.[a-z0-9_]+$/);
        continue;
      }
      for (const problem of record.result.value.problems ?? []) expect(problem.code).toMatch(/^row\.[a-z0-9_]+$/);
      for (const item of record.result.value.items) {
        items++;
        expect(typeof item.sourceRef === "string" && item.sourceRef.length > 0, "an item has a source key").toBe(true);
        expect(
          item.receivedAt instanceof Date && Number.isFinite(item.receivedAt.getTime()),
          `item ${item.sourceRef} has a valid date`,
        ).toBe(true);
        expect(typeof item.text === "string" && item.text.trim().length > 0, `item ${item.sourceRef} has text`).toBe(
          true,
        );
      }
    }
  } catch (error) {
    // A file can turn out unreadable part-way (JSON broken after the first records): refused with a code.
    if (error instanceof UnreadableFileError) return { refused: error.code };
    throw error;
  }
  return { records, items, problems };
}

describe("importers under malformed input (seeded fuzz)", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "pikir-fuzz-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  for (const [importer, name] of FIXTURES) {
    it(`${importer} (${name}): ${MUTANTS} mutants are refused with a code or read record by record`, {
      timeout: 240_000,
    }, async () => {
      const original = readFileSync(path.resolve("test/fixtures/imports", name));
      const rng = createRng([...name].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7));
      const seen = { refused: 0, read: 0 };
      for (let i = 0; i < MUTANTS; i++) {
        const file = path.join(dir, `${i}-${name}`);
        writeFileSync(file, mutate(rng, original, name.endsWith(".json")));
        // A file that leaves the reader waiting for ever is a failure too (a job would never end).
        let timer: NodeJS.Timeout | undefined;
        const hung = new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`${name} mutant ${i} hung the importer`)), 20_000);
        });
        const outcome = await Promise.race([runImporter(importer, file), hung])
          .catch((error: unknown) => {
            throw new Error(`${name} mutant ${i} crashed the importer: ${(error as Error).stack}`);
          })
          .finally(() => clearTimeout(timer));
        if ("refused" in outcome) {
          expect(outcome.refused).toMatch(/^file\.[a-z_]+$/);
          seen.refused++;
        } else seen.read++;
      }
      // The mutants really exercised both paths: some broke the file (refused), and, except for a
      // zip whose every mutant breaks it, some were still read record by record.
      expect(seen.refused).toBeGreaterThan(0);
      if (!name.endsWith(".xlsx")) expect(seen.read).toBeGreaterThan(0);
    });
  }
});
