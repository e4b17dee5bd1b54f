import { env } from "~/env";
import { createClientIpReader } from "./client-ip";

/** The client's address under this deployment's TRUSTED_PROXIES (see client-ip.ts). */
export const getClientIp = createClientIpReader(env.trustedProxies);
