import { encode } from "next-auth/jwt";
import { describe, expect, test } from "vitest";
import {
  readSessionCookie,
  refreshedSessionToken,
  SESSION_ABSOLUTE_SECONDS,
  SESSION_REFRESH_AFTER_SECONDS,
  verifySessionToken,
} from "./session-token";

const secret = "test-secret-0123456789abcdefghijklmnopqrstuvwxyz";
const salt = "authjs.session-token";
const now = () => Math.floor(Date.now() / 1000);
const userId = "7b0a4a1e-2f57-4a44-9a51-1d2d1f0c2a11";

const sessionId = "0b6f3f4e-8d1c-4e55-9b7a-3c2d1e0f9a88";

function tokenFor(claims: Record<string, unknown>, maxAge = 3600) {
  return encode({ token: { sub: userId, sid: sessionId, ...claims }, secret, salt, maxAge });
}

function cookieJar(entries: Record<string, string>) {
  const list = Object.entries(entries).map(([name, value]) => ({ name, value }));
  return {
    get: (name: string) => list.find((cookie) => cookie.name === name),
    getAll: () => list,
  };
}

describe("readSessionCookie", () => {
  test("prefers the secure name, reads the plain one, and joins chunks in order", () => {
    expect(readSessionCookie(cookieJar({}))).toBeNull();
    expect(readSessionCookie(cookieJar({ other: "x" }))).toBeNull();
    expect(readSessionCookie(cookieJar({ "authjs.session-token": "plain" }))).toEqual({
      name: "authjs.session-token",
      token: "plain",
    });
    expect(
      readSessionCookie(
        cookieJar({ "authjs.session-token": "plain", "__Secure-authjs.session-token": "secure" }),
      ),
    ).toEqual({ name: "__Secure-authjs.session-token", token: "secure" });
    expect(
      readSessionCookie(
        cookieJar({
          "authjs.session-token.1": "two",
          "authjs.session-token.0": "one",
          "authjs.session-token.x": "ignored",
        }),
      ),
    ).toEqual({ name: "authjs.session-token", token: "onetwo" });
  });
});

describe("verifySessionToken", () => {
  test("returns the user id and times of a valid token, from cache the second time", async () => {
    const signedInAt = now() - 60;
    const token = await tokenFor({ signedInAt });
    const options = { secret, salt, nowSeconds: now() };
    const claims = await verifySessionToken(token, options);
    expect(claims?.userId).toBe(userId);
    expect(claims?.sessionId).toBe(sessionId);
    expect(claims?.signedInAt).toBe(signedInAt);
    expect(claims?.expiresAt).toBeGreaterThan(options.nowSeconds);
    expect(await verifySessionToken(token, options)).toBe(claims);
  });

  test("rejects a token that names no server-side session", async () => {
    const token = await encode({
      token: { sub: userId, signedInAt: now() },
      secret,
      salt,
      maxAge: 3600,
    });
    expect(await verifySessionToken(token, { secret, salt, nowSeconds: now() })).toBeNull();
  });

  test("rejects tampered tokens, other secrets, other cookie names and garbage", async () => {
    const token = await tokenFor({ signedInAt: now() });
    const options = { secret, salt, nowSeconds: now() };
    const flipped = `${token.slice(0, -4)}${token.slice(-4) === "AAAA" ? "BBBB" : "AAAA"}`;
    expect(await verifySessionToken(flipped, options)).toBeNull();
    expect(await verifySessionToken(token, { ...options, secret: `${secret}!` })).toBeNull();
    expect(
      await verifySessionToken(token, { ...options, salt: "__Secure-authjs.session-token" }),
    ).toBeNull();
    expect(await verifySessionToken("not-a-token", options)).toBeNull();
    expect(await verifySessionToken("", options)).toBeNull();
  });

  test("an expired token is refused, even one verified (and remembered) earlier", async () => {
    const token = await tokenFor({ signedInAt: now() }, 60);
    expect(await verifySessionToken(token, { secret, salt, nowSeconds: now() })).not.toBeNull();
    expect(await verifySessionToken(token, { secret, salt, nowSeconds: now() + 120 })).toBeNull();
  });

  test("a session past its absolute lifetime is refused however recently it was refreshed", async () => {
    const token = await tokenFor({ signedInAt: now() - SESSION_ABSOLUTE_SECONDS - 1 });
    expect(await verifySessionToken(token, { secret, salt, nowSeconds: now() })).toBeNull();
  });

  test("a token without a subject is refused", async () => {
    const token = await encode({ token: { name: "x" }, secret, salt, maxAge: 60 });
    expect(await verifySessionToken(token, { secret, salt, nowSeconds: now() })).toBeNull();
  });
});

describe("refreshedSessionToken", () => {
  test("nothing while the token is younger than the refresh age", async () => {
    const token = await tokenFor({ signedInAt: now() });
    const options = { secret, salt, nowSeconds: now() };
    const claims = await verifySessionToken(token, options);
    if (!claims) throw new Error("no claims");
    expect(await refreshedSessionToken(claims, options)).toBeNull();
  });

  test("an older token gets a fresh one with the same subject and sign-in time", async () => {
    const signedInAt = now() - 2 * SESSION_REFRESH_AFTER_SECONDS;
    const token = await tokenFor({ signedInAt, name: "Ada" });
    const claims = await verifySessionToken(token, { secret, salt, nowSeconds: now() });
    if (!claims) throw new Error("no claims");
    const later = { secret, salt, nowSeconds: now() + SESSION_REFRESH_AFTER_SECONDS + 1 };
    const fresh = await refreshedSessionToken(claims, later);
    if (!fresh) throw new Error("expected a refreshed token");
    expect(fresh.token).not.toBe(token);
    const next = await verifySessionToken(fresh.token, { ...later, nowSeconds: now() });
    expect(next?.userId).toBe(userId);
    expect(next?.signedInAt).toBe(signedInAt);
    expect(next?.payload.name).toBe("Ada");
  });

  test("the refreshed expiry never passes the absolute lifetime", async () => {
    const signedInAt = now() - SESSION_ABSOLUTE_SECONDS + 600;
    const token = await tokenFor({ signedInAt });
    const claims = await verifySessionToken(token, { secret, salt, nowSeconds: now() });
    if (!claims) throw new Error("no claims");
    const options = { secret, salt, nowSeconds: now() + SESSION_REFRESH_AFTER_SECONDS };
    // Ten minutes of absolute life left at sign-in time, less than an hour later: none left.
    expect(await refreshedSessionToken(claims, options)).toBeNull();
    const soon = { secret, salt, nowSeconds: claims.issuedAt + SESSION_REFRESH_AFTER_SECONDS - 1 };
    expect(await refreshedSessionToken(claims, soon)).toBeNull();

    // Three hours left: refreshed, but expiring with the absolute lifetime, not a day later.
    const older = await tokenFor({ signedInAt: now() - SESSION_ABSOLUTE_SECONDS + 3 * 3600 });
    const olderClaims = await verifySessionToken(older, { secret, salt, nowSeconds: now() });
    if (!olderClaims) throw new Error("no claims");
    const at = { secret, salt, nowSeconds: now() + SESSION_REFRESH_AFTER_SECONDS };
    const clamped = await refreshedSessionToken(olderClaims, at);
    expect(clamped?.expires.getTime()).toBe(
      (olderClaims.signedInAt + SESSION_ABSOLUTE_SECONDS) * 1000,
    );
  });
});
