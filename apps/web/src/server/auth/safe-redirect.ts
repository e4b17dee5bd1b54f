/**
 * Reduces a callback URL to a same-origin path + query, so sign-in can never redirect off-site
 * (and an absolute URL built on localhost still works when the browser used 127.0.0.1).
 */
export function safeRedirectPath(callbackUrl: string | null | undefined, fallback = "/"): string {
  if (!callbackUrl) return fallback;
  try {
    const url = new URL(callbackUrl, "http://debrief.invalid");
    const path = `${url.pathname}${url.search}`;
    if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/api/")) return fallback;
    if (path.startsWith("/login")) return fallback;
    return path;
  } catch {
    return fallback;
  }
}
