import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "~/env";

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
