export {
  acquireDataDirLock,
  type DataDirLock,
  type DataDirOwner,
  isOwnerAlive,
  readDataDirOwner,
} from "./data-dir-lock.ts";
export {
  type EmbeddedServer,
  type EmbeddedServerOptions,
  type EmbeddedServerState,
  isAlive,
  readPostmasterPid,
  startEmbeddedServer,
} from "./embedded-server.ts";
export { isStartError, StartError } from "./start-error.ts";
