import { existsSync } from "node:fs";
import path from "node:path";
import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";

// The only module that reads process.env for the web app: everything else takes its
// configuration from here. Validated once, on first import; an empty variable counts as unset.

function findWorkspaceRoot(start: string): string {
  let dir = start;
  for (;;) {
    if (existsSync(path.join(dir, "pnpm-workspace.yaml"))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return start;
    dir = parent;
  }
}

const variables = createEnv({
  shared: {
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  },
  server: {
    DATABASE_URL: z
      .url({ protocol: /^postgres(ql)?$/, error: "DATABASE_URL must be a postgres:// URL" })
      .optional(),
    AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
    DEBRIEF_DATA_DIR: z.string().optional(),
    SMTP_URL: z.string().optional(),
    // Reverse proxies whose X-Forwarded-For entries are believed (proxy-addr forms,
    // comma-separated: addresses, CIDRs, `loopback`). Unset: none, the TCP peer is the client.
    TRUSTED_PROXIES: z.string().optional(),
    MAIL_FROM: z.string().optional(),
    APP_URL: z
      .url({ protocol: /^https?$/, error: "APP_URL must be an http:// or https:// URL" })
      .optional(),
    MAIL_DIR: z.string().optional(),
    MAIL_DIGEST_SECONDS: z.coerce.number().int().min(0).max(86_400).optional(),
    REMINDER_CRON: z.string().optional(),
    PORT: z.coerce.number().int().optional(),
  },
  // Server variables are read from process.env as they are; only client and shared ones are
  // listed (Next inlines those at build time).
  experimental__runtimeEnv: { NODE_ENV: process.env.NODE_ENV },
  emptyStringAsUndefined: true,
  onValidationError: (issues) => {
    const problems = issues
      .map((issue) => {
        const key = issue.path?.map((p) => (typeof p === "object" ? p.key : p)).join(".");
        return key ? `${String(key)}: ${issue.message}` : issue.message;
      })
      .join("; ");
    throw new Error(`Invalid environment (${problems}): correct or unset these variables.`);
  },
});

const root = findWorkspaceRoot(process.cwd());

/** The app's configuration, with its defaults and derived paths. */
export const env = {
  nodeEnv: variables.NODE_ENV,
  databaseUrl: variables.DATABASE_URL,
  dataDir: path.resolve(root, variables.DEBRIEF_DATA_DIR ?? ".data/app"),
  migrationsFolder: path.join(root, "packages/db/drizzle"),
  smtpUrl: variables.SMTP_URL,
  mailFrom: variables.MAIL_FROM ?? "Debrief <no-reply@debrief.local>",
  // The public origin for every link the app writes; without it, the request's own origin.
  appUrl: variables.APP_URL ? new URL(variables.APP_URL).origin : undefined,
  // Reverse proxies (proxy-addr forms) whose X-Forwarded-For, -Host and -Proto are believed.
  trustedProxyList: (variables.TRUSTED_PROXIES ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean),
  // Without SMTP_URL, mail is written here, one .eml file per message.
  mailDir: path.resolve(root, variables.MAIL_DIR ?? ".data/mail"),
  // How long a coach's "new answer" emails wait to be batched into one digest.
  mailDigestSeconds: variables.MAIL_DIGEST_SECONDS ?? 600,
  // When the due-soon / overdue reminder job runs (cron, UTC).
  reminderCron: variables.REMINDER_CRON ?? "*/10 * * * *",
  port: variables.PORT ?? 3000,
  authSecretFromEnv: variables.AUTH_SECRET,
  trustedProxies: variables.TRUSTED_PROXIES,
};
