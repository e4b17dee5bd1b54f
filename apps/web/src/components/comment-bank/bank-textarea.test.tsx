// @vitest-environment jsdom
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { fireEvent, render, screen } from "~/testing/render";
import { BankTextarea } from "./bank-textarea";
import type { CommentBankEntry } from "./types";

const entry = (id: string, text: string, usageCount: number): CommentBankEntry => ({
  id,
  text,
  dimension: null,
  score: null,
  organisation: { id: "org", name: "Org" },
  authorName: null,
  usageCount,
  updatedAt: new Date(0),
});
const entries = [
  entry("a", "Say what you measured.", 3),
  entry("b", "Say which trade-off you rejected.", 1),
];

function Harness({ onInsert }: { onInsert: (entry: CommentBankEntry) => void }) {
  const [value, setValue] = useState("");
  return (
    <BankTextarea
      aria-label="Overall comment"
      value={value}
      onValueChange={setValue}
      onInsert={onInsert}
      entries={entries}
      onFirstFocus={() => {}}
      dimensionLabels={{}}
    />
  );
}

function type(box: HTMLTextAreaElement, value: string) {
  fireEvent.change(box, { target: { value, selectionStart: value.length } });
  box.setSelectionRange(value.length, value.length);
  fireEvent.select(box);
}

describe("BankTextarea", () => {
  it("offers matches from two letters, moves with the arrows and inserts with Enter", async () => {
    const onInsert = vi.fn();
    render(<Harness onInsert={onInsert} />);
    const box = screen.getByRole("textbox", { name: "Overall comment" }) as HTMLTextAreaElement;
    type(box, "S");
    expect(screen.queryByRole("listbox")).toBeNull();
    type(box, "Good. sa");
    // The matching loads with the bank, on the first focus or keystroke.
    const options = await screen.findAllByRole("option");
    expect(options.map((o) => o.getAttribute("aria-selected"))).toEqual(["true", "false"]);
    expect(box.getAttribute("aria-activedescendant")).toBe(options[0]?.id);
    fireEvent.keyDown(box, { key: "ArrowDown" });
    expect(box.getAttribute("aria-activedescendant")).toBe(options[1]?.id);
    fireEvent.keyDown(box, { key: "Enter" });
    expect(box.value).toBe("Good. Say which trade-off you rejected.");
    expect(onInsert).toHaveBeenCalledWith(entries[1]);
    expect(screen.queryByRole("listbox")).toBeNull();
  });

  it("closes on Escape without inserting", async () => {
    const onInsert = vi.fn();
    render(<Harness onInsert={onInsert} />);
    const box = screen.getByRole("textbox", { name: "Overall comment" }) as HTMLTextAreaElement;
    type(box, "measu");
    expect(await screen.findByRole("listbox", { name: "Comments from the bank" })).toBeTruthy();
    fireEvent.keyDown(box, { key: "Escape" });
    expect(screen.queryByRole("listbox")).toBeNull();
    expect(box.value).toBe("measu");
    expect(onInsert).not.toHaveBeenCalled();
  });
});
