import proxyAddr from "proxy-addr";

/**
 * The public origin links are written with. `APP_URL` when configured (the only fully reliable
 * answer behind any proxy); otherwise the origin the request came in on: its Host header over
 * plain HTTP (what `next start` serves), or X-Forwarded-Host / X-Forwarded-Proto when the
 * request came through one of the configured proxies.
 *
 * `next start` does not expose the TCP peer to route handlers; it records it as the last
 * X-Forwarded-For hop when no proxy set one, and keeps a proxy's header as is. So "came through a
 * configured proxy" means: the nearest X-Forwarded-For hop is a configured proxy address. A
 * request from anyone else keeps its forwarded headers ignored, so a forged X-Forwarded-Host
 * cannot move a link (a password reset, say) to another site.
 */
export function resolvePublicOrigin(
  headers: Headers,
  config: { appUrl?: string; trustedProxies: readonly string[] },
): string | undefined {
  if (config.appUrl) return config.appUrl;
  const host = headers.get("host");
  if (isFromTrustedProxy(headers, config.trustedProxies)) {
    const forwardedHost = firstValue(headers.get("x-forwarded-host"));
    const forwardedProto = firstValue(headers.get("x-forwarded-proto"));
    const proto = forwardedProto === "https" || forwardedProto === "http" ? forwardedProto : "http";
    const chosen = forwardedHost ?? host;
    if (chosen && isHost(chosen)) return `${proto}://${chosen}`;
  }
  if (!host || !isHost(host)) return undefined;
  return `http://${host}`;
}

function firstValue(value: string | null): string | undefined {
  const first = value?.split(",")[0]?.trim();
  return first ? first : undefined;
}

const compiledTrust = new Map<string, (address: string, hop: number) => boolean>();

// The same forms as the client-IP reader (addresses, CIDRs, `loopback`), compiled once per list.
function trustFor(trusted: readonly string[]): (address: string, hop: number) => boolean {
  const key = trusted.join(",");
  let trust = compiledTrust.get(key);
  if (trust === undefined) {
    trust = proxyAddr.compile([...trusted]);
    compiledTrust.set(key, trust);
  }
  return trust;
}

function isFromTrustedProxy(headers: Headers, trusted: readonly string[]): boolean {
  if (trusted.length === 0) return false;
  const hops = (headers.get("x-forwarded-for") ?? "").split(",").filter((hop) => hop.trim());
  const nearest = hops.at(-1)?.trim();
  if (!nearest) return false;
  return trustFor(trusted)(nearest.replace(/^::ffff:/, ""), 0);
}

// A host name or address with an optional port; anything else (a path, a space, a scheme)
// would let a header inject into the link.
function isHost(value: string): boolean {
  return /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:\d{1,5})?$/i.test(value);
}
