/** Configuration from the environment, validated at boot with messages that say what to fix. */
import path from "node:path";
import { z } from "zod";
import { parseMonitorBindings } from "./services/imports/monitor-token-bindings.ts";

const schema = z
  .object({
    // An empty variable means "not set" (as shells and .env files often leave it).
    DATABASE_URL: z.preprocess(
      (v) => (v === "" ? undefined : v),
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, "must look like postgres://user@host:5432/db")
        .optional(),
    ),
    /**
     * A read replica (streaming standby) of DATABASE_URL for the anonymous public portal and open
     * data (docs/scaling.md); unset, they read DATABASE_URL like everything else.
     */
    DATABASE_READ_URL: z.preprocess(
      (v) => (v === "" ? undefined : v),
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, "must look like postgres://user@host:5432/db")
        .optional(),
    ),
    PIKIR_DATA_DIR: z.string().default("./data"),
    PORT: z.coerce.number().int().min(1).max(65535).default(8080),
    HOST: z.string().default("0.0.0.0"),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    /** Marks the demo: the sign-in page lists demo accounts. */
    PIKIR_DEMO: z.enum(["0", "1"]).optional(),
    /** Session cookies only over HTTPS in production. */
    PIKIR_SECURE_COOKIES: z.enum(["0", "1"]).default("0"),
    SESSION_TTL_HOURS: z.coerce.number().positive().default(12),
    SESSION_IDLE_MINUTES: z.coerce.number().positive().default(30),
    /** Days after an import run ends until its rejected rows' raw text (personal data) is forgotten. */
    PIKIR_REJECTS_RETENTION_DAYS: z.coerce.number().int().min(1).default(90),
    /** Seconds a stopping process waits for its running jobs before it hands them back to the queue (W26). */
    PIKIR_SHUTDOWN_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
    /**
     * Addresses (IPs or CIDRs, comma-separated) of the reverse proxies in front of Pikir. Only their
     * X-Forwarded-For/-Host/-Proto are believed; unset, the connection's own address is the client's,
     * so nobody can pick an address to dodge the rate limits (W2).
     */
    PIKIR_TRUSTED_PROXIES: z.preprocess(
      (v) => (v === "" ? undefined : v),
      z
        .string()
        .transform((v) =>
          v
            .split(",")
            .map((p) => p.trim())
            .filter(Boolean),
        )
        .pipe(
          z.array(
            z
              .string()
              .regex(
                /^(loopback|linklocal|uniquelocal|[0-9a-fA-F.:]+(\/\d{1,3})?)$/,
                "must be IP addresses or CIDRs, comma-separated",
              ),
          ),
        )
        .optional(),
    ),
    /** The public address (https://pikir.example.kz) for canonical links, the sitemap and robots.txt, instead of the request's Host. */
    PIKIR_PUBLIC_URL: z.preprocess(
      (v) => (v === "" ? undefined : v),
      z
        .url({ protocol: /^https?$/, error: "must be an http(s) address such as https://pikir.gov.kz" })
        .transform((v) => v.replace(/\/+$/, ""))
        .optional(),
    ),
    /** inline: the web process also runs background jobs; off: only `pikir worker` processes do. */
    PIKIR_WORKERS: z.enum(["inline", "off"]).default("inline"),
    /** The daily §23 open-access check; off by default in the demo, whose addresses are illustrative. */
    PIKIR_OPEN_ACCESS_DAILY: z.enum(["0", "1"]).optional(),
    /** eGov IDP or any OpenID Connect provider: sign-in through it is offered when the issuer is set. */
    OIDC_ISSUER: z.preprocess(
      (v) => (v === "" ? undefined : v),
      z.string().url("must be the provider's issuer URL").optional(),
    ),
    OIDC_CLIENT_ID: z.string().optional(),
    OIDC_CLIENT_SECRET: z.string().optional(),
    /** Where the provider sends the browser back: https://<pikir host>/api/auth/oidc/callback */
    OIDC_REDIRECT_URI: z.string().url().optional(),
    OIDC_SCOPES: z.string().default("openid email profile"),
    OIDC_MATCH_CLAIM: z.string().default("email"),
    OIDC_LABEL: z.string().default("eGov"),
    /**
     * The secret that signs the audit chain's checkpoints (W6): at least 32 characters, kept outside
     * the database and its backups (docs/security.md, "Audit key"). Unset, no checkpoint is written.
     */
    PIKIR_AUDIT_KEY: z.preprocess(
      (v) => (v === "" ? undefined : v),
      z.string().min(32, "must be at least 32 characters (e.g. openssl rand -hex 32)").optional(),
    ),
    /** Earlier audit keys, comma-separated, so checkpoints signed before a key change still verify. */
    PIKIR_AUDIT_OLD_KEYS: z.string().optional(),
    /** A file (on another disk or host) every checkpoint is also appended to, one JSON line each. */
    PIKIR_AUDIT_CHECKPOINT_FILE: z.preprocess((v) => (v === "" ? undefined : v), z.string().optional()),
    /**
     * Which state bodies may use a PIKIR_MONITOR_* token variable (W12), instead of the naming rule
     * PIKIR_MONITOR_<BODY CODE>_…: "PIKIR_MONITOR_SHARED_YT=minfin|minedu;PIKIR_MONITOR_X=almaty".
     * Read again where it is used (services/imports/monitor-token-bindings.ts); checked here so a typo stops the start.
     */
    PIKIR_MONITOR_BINDINGS: z
      .string()
      .optional()
      .superRefine((v, issue) => {
        try {
          parseMonitorBindings(v);
        } catch (error) {
          issue.addIssue({ code: "custom", message: (error as Error).message });
        }
      }),
  })
  .superRefine((c, issue) => {
    if (!c.OIDC_ISSUER) return;
    for (const key of ["OIDC_CLIENT_ID", "OIDC_REDIRECT_URI"] as const) {
      if (!c[key]) issue.addIssue({ code: "custom", path: [key], message: "is required when OIDC_ISSUER is set" });
    }
  });

export type Config = ReturnType<typeof loadConfig>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env) {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Pikir cannot start: the environment is not valid.\n${problems}`);
  }
  const c = parsed.data;
  const demo = c.PIKIR_DEMO === undefined ? !c.DATABASE_URL : c.PIKIR_DEMO === "1";
  return {
    database: c.DATABASE_URL
      ? ({ engine: "pg", url: c.DATABASE_URL } as const)
      : ({ engine: "pglite", dataDir: path.resolve(c.PIKIR_DATA_DIR, "pglite") } as const),
    readDatabaseUrl: c.DATABASE_URL ? c.DATABASE_READ_URL : undefined,
    port: c.PORT,
    host: c.HOST,
    logLevel: c.LOG_LEVEL,
    demo,
    openAccessDaily: c.PIKIR_OPEN_ACCESS_DAILY === undefined ? !demo : c.PIKIR_OPEN_ACCESS_DAILY === "1",
    secureCookies: c.PIKIR_SECURE_COOKIES === "1",
    sessionTtlMs: c.SESSION_TTL_HOURS * 3600 * 1000,
    sessionIdleMs: c.SESSION_IDLE_MINUTES * 60 * 1000,
    rejectsRetentionDays: c.PIKIR_REJECTS_RETENTION_DAYS,
    shutdownTimeoutMs: c.PIKIR_SHUTDOWN_TIMEOUT_SECONDS * 1000,
    inlineWorkers: c.PIKIR_WORKERS === "inline",
    trustedProxies: c.PIKIR_TRUSTED_PROXIES ?? [],
    publicUrl: c.PIKIR_PUBLIC_URL,
    audit: {
      key: c.PIKIR_AUDIT_KEY,
      oldKeys: (c.PIKIR_AUDIT_OLD_KEYS ?? "")
        .split(",")
        .map((k) => k.trim())
        .filter(Boolean),
      checkpointFile: c.PIKIR_AUDIT_CHECKPOINT_FILE ? path.resolve(c.PIKIR_AUDIT_CHECKPOINT_FILE) : undefined,
    },
    monitorBindings: parseMonitorBindings(c.PIKIR_MONITOR_BINDINGS),
    identityProvider:
      c.OIDC_ISSUER && c.OIDC_CLIENT_ID && c.OIDC_REDIRECT_URI
        ? {
            issuer: c.OIDC_ISSUER,
            clientId: c.OIDC_CLIENT_ID,
            clientSecret: c.OIDC_CLIENT_SECRET,
            redirectUri: c.OIDC_REDIRECT_URI,
            scopes: c.OIDC_SCOPES,
            matchClaim: c.OIDC_MATCH_CLAIM,
            label: c.OIDC_LABEL,
          }
        : undefined,
  };
}
