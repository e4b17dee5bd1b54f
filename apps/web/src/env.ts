import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

// The only module that reads process.env for the web app (STYLE.md rule 10): everything else
// takes its configuration from here.

function findWorkspaceRoot(start: string): string {
  let dir = start;
  for (;;) {
    if (existsSync(path.join(dir, "pnpm-workspace.yaml"))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return start;
    dir = parent;
  }
}

const emptyToUndefined = (value: unknown) => (value === "" ? undefined : value);

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.preprocess(
    emptyToUndefined,
    z
      .url({ protocol: /^postgres(ql)?$/, error: "DATABASE_URL must be a postgres:// URL" })
      .optional(),
  ),
  AUTH_SECRET: z.preprocess(
    emptyToUndefined,
    z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
  ),
  DEBRIEF_DATA_DIR: z.preprocess(emptyToUndefined, z.string().optional()),
  SMTP_URL: z.preprocess(emptyToUndefined, z.string().optional()),
  // Reverse proxies whose X-Forwarded-For entries are believed (proxy-addr forms, comma-separated:
  // addresses, CIDRs, `loopback`). Unset: none, the TCP peer is the client.
  TRUSTED_PROXIES: z.preprocess(emptyToUndefined, z.string().optional()),
  MAIL_FROM: z.preprocess(emptyToUndefined, z.string().optional()),
  APP_URL: z.preprocess(
    emptyToUndefined,
    z.url({ protocol: /^https?$/, error: "APP_URL must be an http:// or https:// URL" }).optional(),
  ),
  MAIL_DIR: z.preprocess(emptyToUndefined, z.string().optional()),
  MAIL_DIGEST_SECONDS: z.preprocess(
    emptyToUndefined,
    z.coerce.number().int().min(0).max(86_400).optional(),
  ),
  REMINDER_CRON: z.preprocess(emptyToUndefined, z.string().optional()),
  PORT: z.preprocess(emptyToUndefined, z.coerce.number().int().optional()),
});

function parseEnv() {
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `${issue.path.join(".")}: ${issue.message}`)
      .join("; ");
    throw new Error(`Invalid environment (${problems}): correct or unset these variables.`);
  }
  const root = findWorkspaceRoot(process.cwd());
  const dataDir = path.resolve(root, parsed.data.DEBRIEF_DATA_DIR ?? ".data/app");
  return {
    nodeEnv: parsed.data.NODE_ENV,
    databaseUrl: parsed.data.DATABASE_URL,
    dataDir,
    migrationsFolder: path.join(root, "packages/db/drizzle"),
    smtpUrl: parsed.data.SMTP_URL,
    mailFrom: parsed.data.MAIL_FROM ?? "Debrief <no-reply@debrief.local>",
    // The public origin for every link the app writes; without it, the request's own origin.
    appUrl: parsed.data.APP_URL ? new URL(parsed.data.APP_URL).origin : undefined,
    // Reverse proxies (proxy-addr forms) whose X-Forwarded-For, -Host and -Proto are believed.
    trustedProxyList: (parsed.data.TRUSTED_PROXIES ?? "")
      .split(",")
      .map((entry) => entry.trim())
      .filter(Boolean),
    // Without SMTP_URL, mail is written here, one .eml file per message.
    mailDir: path.resolve(root, parsed.data.MAIL_DIR ?? ".data/mail"),
    // How long a coach's "new answer" emails wait to be batched into one digest.
    mailDigestSeconds: parsed.data.MAIL_DIGEST_SECONDS ?? 600,
    // When the due-soon / overdue reminder job runs (cron, UTC).
    reminderCron: parsed.data.REMINDER_CRON ?? "*/10 * * * *",
    port: parsed.data.PORT ?? 3000,
    authSecretFromEnv: parsed.data.AUTH_SECRET,
    trustedProxies: parsed.data.TRUSTED_PROXIES,
  };
}

export const env = parseEnv();

let cachedSecret: string | undefined;

/**
 * AUTH_SECRET when configured; otherwise a random secret generated on first start and kept
 * (mode 0600) in the data folder, so sessions survive restarts without any setup.
 */
export function getAuthSecret(): string {
  if (env.authSecretFromEnv) return env.authSecretFromEnv;
  if (cachedSecret) return cachedSecret;
  const file = path.join(env.dataDir, "auth-secret");
  if (existsSync(file)) {
    cachedSecret = readFileSync(file, "utf8").trim();
    return cachedSecret;
  }
  mkdirSync(env.dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  try {
    writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
    chmodSync(file, 0o600);
    cachedSecret = secret;
  } catch (error) {
    // Another process created it first: use theirs so both sign the same cookies.
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    cachedSecret = readFileSync(file, "utf8").trim();
  }
  return cachedSecret;
}
