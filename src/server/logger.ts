import pino, { type Logger } from "pino";

export function createLogger(level: string): Logger {
  const pretty = process.stdout.isTTY && process.env.NODE_ENV !== "production";
  return pino({
    level,
    // Citizens' texts and credentials never reach the log.
    redact: {
      paths: ["req.headers.cookie", "req.headers.authorization", "*.password", "*.text"],
      censor: "[redacted]",
    },
    ...(pretty ? { transport: { target: "pino-pretty", options: { translateTime: "SYS:dd.mm.yyyy HH:MM:ss" } } } : {}),
  });
}
