/**
 * The page's Content-Security-Policy, built per request around a fresh nonce: only scripts
 * carrying the nonce run ('strict-dynamic' lets them load the app's own chunks), so an injected
 * inline script or a script from elsewhere does not. Next.js finds the nonce in this header
 * and puts it on its own script tags; next-themes gets it from the root layout.
 */
export function contentSecurityPolicy(nonce: string, { isDev }: { isDev: boolean }): string {
  return [
    "default-src 'self'",
    // React's development build evaluates strings to rebuild stacks; never in production.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join("; ");
}

/** A nonce: 16 random bytes, base64. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/** Two years, subdomains included: sent only on responses that came over HTTPS. */
export const strictTransportSecurity = "max-age=63072000; includeSubDomains";
