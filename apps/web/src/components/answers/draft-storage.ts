// The browser copy of a draft and of a pending submit. localStorage can be full, disabled or
// hold junk from an older version, so every read validates and every write may fail quietly:
// the server copy and the text on screen are the other two places the words live.

const prefix = "debrief:v1";

export interface LocalDraft {
  body: string;
  /** Date.now() when the text last changed on this device. */
  updatedAt: number;
  /** True once the server confirmed this exact body. */
  isSynced: boolean;
}

export interface PendingSubmit {
  key: string;
  /** The body the key was minted for: another body is another submit, with its own key. */
  body: string;
}

export function draftStorageKey(userId: string, questionId: string): string {
  return `${prefix}:draft:${userId}:${questionId}`;
}

export function submitStorageKey(userId: string, questionId: string): string {
  return `${prefix}:submit:${userId}:${questionId}`;
}

function read(key: string): unknown {
  try {
    const raw = window.localStorage.getItem(key);
    return raw === null ? null : (JSON.parse(raw) as unknown);
  } catch {
    return null;
  }
}

function write(key: string, value: unknown): boolean {
  try {
    window.localStorage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

export function removeStored(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // Storage disabled: nothing was stored either.
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

export function readLocalDraft(key: string): LocalDraft | null {
  const value = read(key);
  if (!isRecord(value)) return null;
  const { body, updatedAt, isSynced } = value;
  if (typeof body !== "string" || typeof updatedAt !== "number") return null;
  return { body, updatedAt, isSynced: isSynced === true };
}

export function writeLocalDraft(key: string, draft: LocalDraft): boolean {
  return write(key, draft);
}

/** Marks the stored copy as on the server, if it still holds exactly `body`. */
export function markLocalDraftSynced(key: string, body: string): void {
  const current = readLocalDraft(key);
  if (current && current.body === body && !current.isSynced) {
    write(key, { ...current, isSynced: true });
  }
}

function randomUuid(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  // randomUUID exists only in secure contexts; a plain-http deployment still needs a v4 UUID.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The idempotency key for submitting `body`: the stored one if it was minted for this exact text
 * (a double-click, a retry after a timeout, a reload and resubmit), otherwise a fresh one, stored
 * before the request leaves so a crash mid-request cannot lose it.
 */
export function takeSubmitKey(storageKey: string, body: string): string {
  const value = read(storageKey);
  if (isRecord(value) && value.body === body && typeof value.key === "string") return value.key;
  const pending: PendingSubmit = { key: randomUuid(), body };
  write(storageKey, pending);
  return pending.key;
}
