/**
 * The HTTP layer's shape (code review, "thin routes"): a route validates with the zod schemas of its
 * own `.schema.ts`, authorises, calls a service and presents. It never reaches a repository itself —
 * a type of a row for a presenter is the only thing a route may take from one.
 */
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const HTTP = join(import.meta.dirname);

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? routeFiles(join(dir, e.name)) : e.name.endsWith(".routes.ts") ? [join(dir, e.name)] : [],
  );
}

const files = routeFiles(HTTP);

describe("route layering", () => {
  it("finds the route files", () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files.map((f) => [f.slice(HTTP.length + 1), f]))("%s has its .schema.ts", (_name, file) => {
    expect(existsSync(file.replace(/\.routes\.ts$/, ".schema.ts"))).toBe(true);
  });

  it.each(files.map((f) => [f.slice(HTTP.length + 1), f]))("%s calls no repository", (_name, file) => {
    const valueImports = [...readFileSync(file, "utf8").matchAll(/^import (?!type )[^;]*?from "([^"]+)";/gms)]
      .map((m) => m[1]!)
      .filter((from) => from.includes("/repositories/"));
    expect(valueImports).toEqual([]);
  });
});
