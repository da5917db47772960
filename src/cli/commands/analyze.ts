/**
 * `pikir analyze --input FILE.jsonl --format jsonl [--output FILE]`: the first pass of text analytics
 * over a file, with no database. Reads one `{"id":…,"text":…}` a line (streaming, so a million-line
 * file needs no more memory than its duplicate index) and writes one analysis a line in input order.
 */
import { createReadStream, createWriteStream } from "node:fs";
import { createInterface } from "node:readline";
import { once } from "node:events";
import type { Writable } from "node:stream";
import type { Command } from "commander";

const FORMATS = ["jsonl"] as const;

interface AnalyzeOptions {
  input: string;
  format: string;
  output?: string;
}

export function registerAnalyze(program: Command): void {
  program
    .command("analyze")
    .description(
      "label feedback texts: language, kind (definition 8), appeal type, sentiment, topic, campaign duplicates",
    )
    .requiredOption("--input <file>", 'JSONL file, one {"id":…,"text":…} per line')
    .option("--format <format>", `output: ${FORMATS.join(", ")}`, "jsonl")
    .option("--output <file>", "write here instead of standard output")
    .action(async (opts: AnalyzeOptions) => {
      if (!(FORMATS as readonly string[]).includes(opts.format)) {
        process.stderr.write(`--format must be one of ${FORMATS.join(", ")}\n`);
        process.exitCode = 2;
        return;
      }
      process.exitCode = await analyzeFile(opts.input, opts.output);
    });
}

async function analyzeFile(input: string, output: string | undefined): Promise<number> {
  const { createAnalyser } = await import("../../domain/analysis/analyse-items.ts");
  const analyser = createAnalyser();
  const source = createReadStream(input, "utf8");
  try {
    await once(source, "open"); // rejects with the stream's error (e.g. ENOENT)
  } catch (error) {
    process.stderr.write(`cannot read ${input}: ${(error as Error).message}\n`);
    return 2;
  }
  const out: Writable = output ? createWriteStream(output, "utf8") : process.stdout;
  let lineNo = 0;
  let bad = 0;
  let count = 0;
  for await (const raw of createInterface({ input: source, crlfDelay: Infinity })) {
    lineNo++;
    const line = lineNo === 1 ? raw.replace(/^\uFEFF/, "") : raw;
    if (!line.trim()) continue;
    let item: { id?: unknown; text?: unknown };
    try {
      item = JSON.parse(line) as typeof item;
    } catch {
      bad++;
      process.stderr.write(`line ${lineNo}: not valid JSON\n`);
      continue;
    }
    if (typeof item.text !== "string" || (typeof item.id !== "string" && typeof item.id !== "number")) {
      bad++;
      process.stderr.write(`line ${lineNo}: needs "id" (string or number) and "text" (string)\n`);
      continue;
    }
    const { labellers: _labellers, ...analysis } = analyser.analyse(String(item.id), item.text);
    const record = { ...analysis, id: item.id };
    if (!out.write(JSON.stringify(record) + "\n")) await once(out, "drain");
    count++;
  }
  if (output) {
    out.end();
    await once(out, "finish");
  }
  const groups = analyser.campaigns();
  process.stderr.write(
    `analysed ${count} items; ${groups.length} duplicate groups holding ${groups.reduce((a, g) => a + g.size, 0)} items${bad ? `; ${bad} lines refused` : ""}\n`,
  );
  return bad ? 1 : 0;
}
