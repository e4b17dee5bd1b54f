import proxyAddr from "proxy-addr";

/**
 * The client's address, from `X-Forwarded-For` read right to left: the rightmost entry is the
 * TCP peer of this process (appended by instrumentation.ts on every request, so a client
 * cannot forge it), and each entry added by a trusted proxy is skipped. With no trusted proxies
 * (the default) the client is the peer itself and whatever the client wrote into the header is
 * ignored; behind nginx on the same machine, TRUSTED_PROXIES=loopback.
 *
 * `trusted` takes proxy-addr's forms: addresses, CIDR ranges, and the names `loopback`,
 * `linklocal` and `uniquelocal`, comma-separated.
 */
export function createClientIpReader(trusted: string | undefined): (headers: Headers) => string {
  const list = (trusted ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  let trust: (address: string, hop: number) => boolean;
  try {
    trust = list.length > 0 ? proxyAddr.compile(list) : () => false;
  } catch (error) {
    throw new Error(`TRUSTED_PROXIES: ${(error as Error).message}`);
  }
  return (headers) => {
    const hops = (headers.get("x-forwarded-for") ?? "")
      .split(",")
      .map((hop) => hop.trim())
      .filter(Boolean);
    const peer = hops.pop();
    if (!peer) return "unknown";
    // proxy-addr walks from the peer towards the client while each address is trusted.
    const request = {
      socket: { remoteAddress: peer },
      connection: { remoteAddress: peer },
      headers: { "x-forwarded-for": hops.join(", ") },
    };
    return proxyAddr(request as unknown as Parameters<typeof proxyAddr>[0], trust);
  };
}
