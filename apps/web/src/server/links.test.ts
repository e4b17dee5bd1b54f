import { describe, expect, it } from "vitest";
import { resolvePublicOrigin } from "./links";

const none = { trustedProxies: [] as string[] };

describe("resolvePublicOrigin", () => {
  it("APP_URL wins over anything the request says", () => {
    const headers = new Headers({ host: "127.0.0.1:3950", "x-forwarded-host": "evil.example" });
    expect(
      resolvePublicOrigin(headers, { appUrl: "https://debrief.example", trustedProxies: [] }),
    ).toBe("https://debrief.example");
  });

  it("without APP_URL, the Host the browser used (127.0.0.1 stays 127.0.0.1)", () => {
    const headers = new Headers({ host: "127.0.0.1:3950", "x-forwarded-for": "127.0.0.1" });
    expect(resolvePublicOrigin(headers, none)).toBe("http://127.0.0.1:3950");
  });

  it("ignores X-Forwarded-Host/-Proto from anyone but a configured proxy", () => {
    const forged = new Headers({
      host: "app.internal:3000",
      "x-forwarded-host": "evil.example",
      "x-forwarded-proto": "https",
      "x-forwarded-for": "203.0.113.9",
    });
    expect(resolvePublicOrigin(forged, none)).toBe("http://app.internal:3000");
    expect(resolvePublicOrigin(forged, { trustedProxies: ["10.0.0.2"] })).toBe(
      "http://app.internal:3000",
    );
  });

  it("believes a configured proxy", () => {
    const proxied = new Headers({
      host: "app.internal:3000",
      "x-forwarded-host": "debrief.example.com",
      "x-forwarded-proto": "https",
      "x-forwarded-for": "198.51.100.7, 10.0.0.2",
    });
    expect(resolvePublicOrigin(proxied, { trustedProxies: ["10.0.0.2"] })).toBe(
      "https://debrief.example.com",
    );
  });

  it("refuses a host that is not a host", () => {
    expect(resolvePublicOrigin(new Headers({ host: "a b/c" }), none)).toBeUndefined();
    const proxied = new Headers({
      host: "ok.example",
      "x-forwarded-host": "evil.example/path",
      "x-forwarded-for": "10.0.0.2",
    });
    expect(resolvePublicOrigin(proxied, { trustedProxies: ["10.0.0.2"] })).toBe(
      "http://ok.example",
    );
  });
});
