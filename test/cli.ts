/** Runs the real `pikir` command as a child process. */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

export const PIKIR_BIN = fileURLToPath(new URL("../bin/pikir.js", import.meta.url));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `input`, when given, is written to the command's stdin (for --password-stdin). */
export function runPikir(
  args: string[],
  env: NodeJS.ProcessEnv = {},
  timeoutMs = 60_000,
  input?: string,
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [PIKIR_BIN, ...args], {
      env: { ...process.env, LOG_LEVEL: "warn", ...env },
      stdio: [input === undefined ? "ignore" : "pipe", "pipe", "pipe"],
    });
    if (input !== undefined) child.stdin!.end(input);
    let stdout = "";
    let stderr = "";
    child.stdout!.on("data", (d: Buffer) => {
      stdout += d.toString("utf8");
    });
    child.stderr!.on("data", (d: Buffer) => {
      stderr += d.toString("utf8");
    });
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`pikir ${args.join(" ")} timed out\n${stderr}`));
    }, timeoutMs);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
