import { createServer } from "node:net";

// What the load bench and the fault runner both need to drive a running Debrief over HTTP.

/** A TCP port nobody listens on right now, for a `next start` of our own. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen({ port: 0, host: "127.0.0.1" }, () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Signs in through the API and returns the session cookie (`name=value`) to send back. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/session`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`sign-in for ${email} failed: ${response.status}`);
  // Over HTTPS the cookie's name carries a __Secure- prefix.
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(";")[0] ?? "")
    .find((pair) => pair.includes("session-token="));
  if (!cookie) throw new Error(`sign-in for ${email} set no session cookie`);
  return cookie;
}
