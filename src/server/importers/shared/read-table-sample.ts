/** The header of a table file (CSV or XLSX) and a few values under each column: what the mapping screen shows. */
import { readSample } from "./encoding.ts";
import { readCsv } from "./read-csv.ts";
import { readXlsx } from "./read-xlsx.ts";

export async function readTableSample(
  file: string,
  rows = 3,
): Promise<{ encoding: string; columns: { header: string; samples: string[] }[] }> {
  const { sample } = readSample(file);
  const table = sample[0] === 0x50 && sample[1] === 0x4b ? await readXlsx(file) : await readCsv(file);
  const columns = table.header.filter((h) => h.trim()).map((header) => ({ header, samples: [] as string[] }));
  let read = 0;
  for await (const record of table.records) {
    if (record.value)
      for (const c of columns) {
        const v = record.value[c.header]?.trim();
        if (v) c.samples.push(v.length > 120 ? `${v.slice(0, 119)}…` : v);
      }
    if (++read >= rows) break; // leaving the loop closes the reader
  }
  return { encoding: table.encoding, columns };
}
