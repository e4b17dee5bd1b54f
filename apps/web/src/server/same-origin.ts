/**
 * Whether a state-changing request comes from this site's own pages. Browsers send
 * `Sec-Fetch-Site` on every request and `Origin` on every POST; either must say "same origin".
 * `Origin: null` (sandboxed frames, opaque origins) never matches. A request with neither header
 * is not from a browser, so it carries no victim's cookies by accident and is let through.
 */
export function isSameOriginRequest(headers: Headers): boolean {
  const site = headers.get("sec-fetch-site");
  if (site !== null && site !== "same-origin" && site !== "none") return false;
  const origin = headers.get("origin");
  if (origin === null) return true;
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  if (!host) return false;
  try {
    const parsed = new URL(origin);
    return parsed.origin === origin && parsed.host === host;
  } catch {
    return false;
  }
}
