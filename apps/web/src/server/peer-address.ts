import type { IncomingMessage, Server } from "node:http";

const installed = Symbol.for("debrief.peerAddress");

/**
 * Appends the TCP peer's address to `X-Forwarded-For` on every request this process serves,
 * as a reverse proxy does. `next start` only fills the header in when it is absent, so without
 * this a client could write any address there and the app could not tell; with it, the
 * rightmost entry is always the real peer and client-ip.ts decides which hops to trust.
 */
export function installPeerAddress(serverPrototype: Server): void {
  const target = serverPrototype as Server & { [installed]?: true };
  if (target[installed]) return;
  target[installed] = true;
  const emit = target.emit;
  target.emit = function emitWithPeer(this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const request = args[0] as IncomingMessage;
      const peer = request.socket?.remoteAddress;
      if (peer) {
        const forwarded = request.headers["x-forwarded-for"];
        const earlier = Array.isArray(forwarded) ? forwarded.join(", ") : forwarded;
        request.headers["x-forwarded-for"] = earlier ? `${earlier}, ${peer}` : peer;
      }
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as Server["emit"];
}
