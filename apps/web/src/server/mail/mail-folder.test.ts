import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFolderSender, readMailFolder } from "./mail-folder";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "debrief-mail-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("the local mail folder", () => {
  it("writes one .eml per message and reads them back newest first, filtered by recipient", async () => {
    const send = createFolderSender(dir);
    const from = "Debrief <no-reply@debrief.local>";
    await send({
      from,
      to: "ada@example.test",
      subject: "First",
      text: "Reset: https://x/reset/abc",
    });
    await new Promise((resolve) => setTimeout(resolve, 5));
    const second = await send({
      from,
      to: "Ada@Example.test",
      subject: "Second — with “quotes”",
      text: "Café ünïcode line that is long enough to be wrapped by quoted-printable encoding, surely: https://debrief.example/practice/answers/0e0c9a2b-4b1e-4c54-9d0b-6d4f1f4b2a11",
    });
    await send({ from, to: "bob@example.test", subject: "Other", text: "Not Ada's" });
    expect((await readdir(dir)).filter((f) => f.endsWith(".eml"))).toHaveLength(3);

    const ada = await readMailFolder(dir, { to: "ada@example.test" });
    expect(ada.map((m) => m.subject)).toEqual(["Second — with “quotes”", "First"]);
    expect(ada[0]?.messageId).toBe(second.messageId);
    // Links survive the transfer encoding intact.
    expect(ada[0]?.text).toContain(
      "https://debrief.example/practice/answers/0e0c9a2b-4b1e-4c54-9d0b-6d4f1f4b2a11",
    );
    expect(await readMailFolder(dir, { limit: 1 })).toHaveLength(1);
    expect(await readMailFolder(path.join(dir, "missing"))).toEqual([]);
  });
});
