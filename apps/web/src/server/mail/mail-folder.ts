import { randomUUID } from "node:crypto";
import { mkdir, readdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { type AddressObject, simpleParser } from "mailparser";
import nodemailer from "nodemailer";

export interface MailMessage {
  from: string;
  to: string;
  subject: string;
  text: string;
}

/** Hands a message over for delivery; resolves to its Message-ID. */
export type SendMail = (message: MailMessage) => Promise<{ messageId: string }>;

/**
 * The no-server default: each message becomes one RFC 5322 `.eml` file in `dir` (openable in
 * any mail client), written to a temporary name and renamed, so a reader never sees half a file.
 */
export function createFolderSender(dir: string): SendMail {
  const transport = nodemailer.createTransport({
    streamTransport: true,
    buffer: true,
    newline: "unix",
  });
  return async (message) => {
    const info = await transport.sendMail(message);
    await mkdir(dir, { recursive: true });
    // Time first, so a name sort is a time sort.
    const name = `${Date.now().toString().padStart(14, "0")}-${randomUUID()}.eml`;
    const temporary = path.join(dir, `.${name}.tmp`);
    await writeFile(temporary, info.message as Buffer);
    await rename(temporary, path.join(dir, name));
    return { messageId: info.messageId };
  };
}

/** Sends through the SMTP server of an `smtp://` / `smtps://` URL. */
export function createSmtpSender(url: string): SendMail {
  const transport = nodemailer.createTransport(url);
  return async (message) => {
    const info = await transport.sendMail(message);
    return { messageId: info.messageId };
  };
}

export interface FolderMail {
  file: string;
  messageId: string;
  date: Date;
  from: string;
  to: string[];
  subject: string;
  text: string;
}

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const list = Array.isArray(field) ? field : field ? [field] : [];
  return list.flatMap((entry) =>
    entry.value.map((address) => (address.address ?? "").toLowerCase()).filter(Boolean),
  );
}

/**
 * The newest messages in the mail folder, optionally only those addressed to `to`. The
 * development mail page and the end-to-end tests both read mail through this.
 */
export async function readMailFolder(
  dir: string,
  options: { to?: string; limit?: number } = {},
): Promise<FolderMail[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => name.endsWith(".eml") && !name.startsWith("."));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  names.sort().reverse();
  const wanted = options.to?.toLowerCase();
  const limit = options.limit ?? 50;
  const found: FolderMail[] = [];
  for (const name of names) {
    if (found.length >= limit) break;
    const parsed = await simpleParser(await readFile(path.join(dir, name)));
    const to = addresses(parsed.to);
    if (wanted && !to.includes(wanted)) continue;
    found.push({
      file: name,
      messageId: parsed.messageId ?? "",
      date: parsed.date ?? new Date(Number(name.split("-")[0])),
      from: parsed.from?.text ?? "",
      to,
      subject: parsed.subject ?? "",
      text: (parsed.text ?? "").trim(),
    });
  }
  return found;
}
