/**
 * The client's address as the nearest proxy saw it. `next start` sets x-forwarded-for itself;
 * behind a load balancer, the first hop is the client.
 */
export function getClientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const first = forwarded?.split(",")[0]?.trim();
  return first || headers.get("x-real-ip") || "unknown";
}
