/** Fetch helpers for the social platforms' documented JSON APIs, paging until the last page. */
import { writeFile } from "node:fs/promises";

export async function fetchJson(url: string): Promise<Record<string, unknown>> {
  const response = await fetch(url, { headers: { accept: "application/json" } });
  if (!response.ok) throw new Error(`${new URL(url).host} answered ${response.status}`);
  return (await response.json()) as Record<string, unknown>;
}

/** Collects the pages' arrays into one file of the platform's response shape (`{[key]: [...]}`). */
export async function writePages(file: string, key: string, pages: AsyncIterable<unknown[]>): Promise<number> {
  const all: unknown[] = [];
  for await (const page of pages) all.push(...page);
  await writeFile(file, JSON.stringify({ [key]: all }));
  return all.length;
}
