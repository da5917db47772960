/**
 * Which Chromium the end-to-end tests drive, so that `npm ci && npm test` works on a fresh machine:
 *   PIKIR_CHROMIUM=<path>     that executable;
 *   PIKIR_CHROMIUM=bundled    the Chromium inside the devDependency @sparticuz/chromium;
 *   unset                     Debian's /usr/bin/chromium when installed, else the bundled one.
 * No test tool downloads a browser: the bundled one is unpacked from the npm package itself.
 */
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { createBrotliDecompress } from "node:zlib";

export const DEBIAN_CHROMIUM = "/usr/bin/chromium";

export interface ChromiumChoice {
  executablePath: string;
  /** Where it came from, for the test log and error messages. */
  source: "PIKIR_CHROMIUM" | "debian" | "bundled";
  /** Extra environment for the browser process (the bundled one brings its NSS libraries and fonts). */
  env?: Record<string, string>;
}

export async function resolveChromium(setting = process.env.PIKIR_CHROMIUM?.trim()): Promise<ChromiumChoice> {
  if (setting && setting !== "bundled") {
    if (!existsSync(setting))
      throw new Error(`PIKIR_CHROMIUM=${setting}: no such file (give a Chromium executable, or "bundled")`);
    return { executablePath: setting, source: "PIKIR_CHROMIUM" };
  }
  if (!setting && existsSync(DEBIAN_CHROMIUM)) return { executablePath: DEBIAN_CHROMIUM, source: "debian" };
  return unpackBundled();
}

const require = createRequire(import.meta.url);

/**
 * Unpacks @sparticuz/chromium's brotli files once per package version into the temp directory.
 * Its own `executablePath()` writes to fixed names in /tmp and answers "done" as soon as the file
 * exists, so two test files starting together could launch a half-written binary; here each
 * process unpacks into a private staging directory and renames it into place, and the first
 * complete one wins.
 */
async function unpackBundled(): Promise<ChromiumChoice> {
  const packageDir = packageRoot(require.resolve("@sparticuz/chromium"), "@sparticuz/chromium");
  const { version } = JSON.parse(readFileSync(path.join(packageDir, "package.json"), "utf8")) as { version: string };
  const target = path.join(tmpdir(), `pikir-chromium-${version}-${process.getuid?.() ?? 0}`);
  if (!existsSync(path.join(target, "ready"))) {
    const staging = mkdtempSync(`${target}-staging-`);
    try {
      const bin = path.join(packageDir, "bin");
      // tar-fs comes with @sparticuz/chromium (its own unpacker uses it), so it is resolved from there.
      const { extract } = createRequire(path.join(packageDir, "package.json"))("tar-fs") as {
        extract: (dir: string) => NodeJS.WritableStream;
      };
      await Promise.all([
        pipeline(
          createReadStream(path.join(bin, "chromium.br")),
          createBrotliDecompress(),
          createWriteStream(path.join(staging, "chromium"), { mode: 0o700 }),
        ),
        // NSS and expat built for the binary: a machine without Debian's Chromium may lack them.
        pipeline(createReadStream(path.join(bin, "al2023.tar.br")), createBrotliDecompress(), extract(staging)),
        pipeline(
          createReadStream(path.join(bin, "fonts.tar.br")),
          createBrotliDecompress(),
          extract(path.join(staging, "fonts")),
        ),
      ]);
      writeFileSync(path.join(staging, "fonts.conf"), fontConfig(path.join(target, "fonts")));
      writeFileSync(path.join(staging, "ready"), version);
      renameSync(staging, target);
    } catch (error) {
      rmSync(staging, { recursive: true, force: true });
      // Another process finished first: its copy is as good as ours.
      if (!existsSync(path.join(target, "ready"))) throw error;
    }
  }
  return {
    executablePath: path.join(target, "chromium"),
    source: "bundled",
    env: {
      LD_LIBRARY_PATH: path.join(target, "al2023", "lib"),
      FONTCONFIG_PATH: target,
      FONTCONFIG_FILE: path.join(target, "fonts.conf"),
    },
  };
}

/** The package's own folder (its "exports" hide package.json from require.resolve). */
function packageRoot(entry: string, name: string): string {
  for (let dir = path.dirname(entry); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const manifest = path.join(dir, "package.json");
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, "utf8")) as { name?: string }).name === name)
      return dir;
  }
  throw new Error(`${name}: package folder not found above ${entry}`);
}

/**
 * The machine's fonts when it has a fontconfig setup, plus DejaVu from the npm package the PDF
 * reports already use (it carries ә ғ қ ң ө ұ ү һ і) and the bundle's Open Sans: Kazakh text
 * renders even where no font is installed.
 */
function fontConfig(bundledFonts: string): string {
  const dejavu = path.join(path.dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf");
  return `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>${dejavu}</dir>
  <dir>${bundledFonts}</dir>
  <cachedir>${path.join(tmpdir(), "pikir-chromium-fonts-cache")}</cachedir>
</fontconfig>
`;
}
