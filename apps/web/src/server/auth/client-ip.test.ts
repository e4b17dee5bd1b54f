import { describe, expect, test } from "vitest";
import { createClientIpReader } from "./client-ip";

const headers = (forwardedFor: string) => new Headers({ "x-forwarded-for": forwardedFor });

describe("client IP", () => {
  test("with no trusted proxies the TCP peer is the client, whatever the header claims", () => {
    const read = createClientIpReader(undefined);
    // The peer (last entry) is appended by this process; the rest came from the client.
    expect(read(headers("203.0.113.9"))).toBe("203.0.113.9");
    expect(read(headers("1.2.3.4, 203.0.113.9"))).toBe("203.0.113.9");
    expect(read(headers("victim, 5.6.7.8, 203.0.113.9"))).toBe("203.0.113.9");
    expect(read(new Headers())).toBe("unknown");
  });

  test("behind a trusted proxy the address it saw is the client, and only that one", () => {
    const read = createClientIpReader("loopback");
    expect(read(headers("198.51.100.7, 127.0.0.1"))).toBe("198.51.100.7");
    // A client spoofing the header only adds entries left of the one the proxy appended.
    expect(read(headers("10.9.9.9, 198.51.100.7, 127.0.0.1"))).toBe("198.51.100.7");
    // Straight to the app, bypassing the proxy: the peer is not trusted, so it is the client.
    expect(read(headers("127.0.0.1, 198.51.100.7"))).toBe("198.51.100.7");
  });

  test("several hops of trusted proxies by CIDR", () => {
    const read = createClientIpReader("10.0.0.0/8, 127.0.0.1");
    expect(read(headers("192.0.2.1, 10.1.2.3, 127.0.0.1"))).toBe("192.0.2.1");
  });

  test("a malformed list is a configuration error", () => {
    expect(() => createClientIpReader("not-an-ip")).toThrow(/TRUSTED_PROXIES/);
  });
});
