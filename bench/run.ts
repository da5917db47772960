/**
 * `npm run bench -- <name> [options]`: runs one benchmark (bench/<name>.bench.ts), or all of them.
 * Each benchmark prints its own reference run next to Pikir's path and their ratio, so the
 * figures compare within one process on one machine rather than against remembered numbers.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const dir = path.dirname(fileURLToPath(import.meta.url));
const available = readdirSync(dir)
  .filter((f) => f.endsWith(".bench.ts"))
  .map((f) => f.replace(/\.bench\.ts$/, ""))
  .sort();
const [name, ...args] = process.argv.slice(2);

if (name && !available.includes(name)) {
  console.error(`unknown benchmark "${name}"; available: ${available.join(", ")}`);
  process.exit(2);
}
for (const bench of name ? [name] : available) {
  const mod = (await import(pathToFileURL(path.join(dir, `${bench}.bench.ts`)).href)) as {
    run: (args: string[]) => Promise<void>;
  };
  console.log(`\n=== bench: ${bench} ===`);
  await mod.run(args);
}
