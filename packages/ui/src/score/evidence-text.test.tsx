import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { EvidenceText } from "./evidence-text.tsx";
import type { Evidence } from "./types.ts";

const ev = (
  start: number,
  end: number,
  dimension: Evidence["dimension"],
  effect: Evidence["effect"],
  note: string,
): Evidence => ({ start, end, dimension, effect, tag: `${dimension}-${start}`, note });

function marks(container: HTMLElement) {
  return [...container.querySelectorAll("mark")];
}

/** The visible answer text of a highlight, without its glyph or screen-reader cue. */
function markText(mark: HTMLElement) {
  return mark.firstChild?.textContent;
}

/** What a sighted reader sees as the answer: the region's text minus cues and glyphs. */
function answerText(region: HTMLElement) {
  const copy = region.cloneNode(true) as HTMLElement;
  for (const el of copy.querySelectorAll("[aria-hidden], .sr-only")) el.remove();
  return copy.textContent;
}

describe("EvidenceText", () => {
  it("renders markup in the answer as literal text", () => {
    const text = 'Before <script>alert("x")</script> <b>bold</b> after';
    const { container } = render(
      <EvidenceText text={text} evidence={[ev(7, 15, "depth", "hurts", "n")]} />,
    );
    expect(container.querySelector("script")).toBeNull();
    expect(container.querySelector("b")).toBeNull();
    const region = screen.getByRole("region", { name: "Answer with highlighted evidence" });
    expect(answerText(region)).toBe(text);
    expect(markText(marks(container)[0] as HTMLElement)).toBe("<script>");
  });

  it("highlights exactly the evidence offsets, with a different cue for supports and hurts", () => {
    const text = "I designed the cache and we kind of shipped it.";
    const { container } = render(
      <EvidenceText
        text={text}
        evidence={[
          ev(2, 10, "ownership", "supports", "First-person action"),
          ev(28, 35, "delivery", "hurts", "Hedging"),
        ]}
      />,
    );
    const [first, second] = marks(container);
    expect(first && markText(first)).toBe("designed");
    expect(first?.dataset.tone).toBe("supports");
    expect(first?.textContent).toContain("(supports Ownership)");
    expect(second && markText(second)).toBe("kind of");
    expect(second?.dataset.tone).toBe("hurts");
    expect(second?.textContent).toContain("(hurts Delivery)");
    expect(first?.className).not.toBe(second?.className);
    // One Tab stop for all highlights (the first); the others are reached with the arrow keys.
    expect(first?.getAttribute("tabindex")).toBe("0");
    expect(second?.getAttribute("tabindex")).toBe("-1");
  });

  it("moves between highlights with the arrow keys, keeping a single Tab stop", () => {
    const text = "I designed the cache and we kind of shipped it.";
    const { container } = render(
      <EvidenceText
        text={text}
        evidence={[
          ev(2, 10, "ownership", "supports", "First-person action"),
          ev(28, 35, "delivery", "hurts", "Hedging"),
        ]}
      />,
    );
    const [first, second] = marks(container);
    first?.focus();
    fireEvent.keyDown(first as HTMLElement, { key: "ArrowRight" });
    expect(document.activeElement).toBe(second);
    expect(second?.getAttribute("tabindex")).toBe("0");
    expect(first?.getAttribute("tabindex")).toBe("-1");
    fireEvent.keyDown(second as HTMLElement, { key: "ArrowLeft" });
    expect(document.activeElement).toBe(first);
  });

  it("splits overlapping evidence and marks the overlap as mixed", () => {
    const text = "0123456789";
    const { container } = render(
      <EvidenceText
        text={text}
        evidence={[ev(0, 6, "impact", "supports", "a"), ev(4, 10, "delivery", "hurts", "b")]}
      />,
    );
    expect(marks(container).map((m) => [markText(m), m.dataset.tone])).toEqual([
      ["0123", "supports"],
      ["45", "mixed"],
      ["6789", "hurts"],
    ]);
  });

  it("ignores out-of-range and empty evidence and keeps the text and its line breaks", () => {
    const text = "Line one\nLine two";
    const { container } = render(
      <EvidenceText
        text={text}
        evidence={[ev(5, 99, "depth", "hurts", "stale"), ev(3, 3, "depth", "hurts", "empty")]}
      />,
    );
    expect(marks(container)).toHaveLength(0);
    const region = screen.getByRole("region");
    expect(answerText(region)).toBe(text);
    expect(region.className).toContain("whitespace-pre-wrap");
  });

  it("shows the dimension and note when a highlight receives keyboard focus", async () => {
    const { container } = render(
      <EvidenceText
        text="We cut p99 from 900 ms to 120 ms."
        evidence={[ev(16, 32, "specificity", "supports", "Numbers with units")]}
        dimensionLabels={{ specificity: "Specificity & numbers" }}
      />,
    );
    const mark = marks(container)[0] as HTMLElement;
    act(() => mark.focus());
    const tooltip = await screen.findByRole("tooltip");
    expect(tooltip.textContent).toContain("Specificity & numbers");
    expect(tooltip.textContent).toContain("Numbers with units");
  });

  it("keeps the note open when focusing scrolls the page, and Escape dismisses it", async () => {
    const { container } = render(
      <EvidenceText
        text="We kind of knew."
        evidence={[ev(3, 10, "delivery", "hurts", "Hedging")]}
      />,
    );
    const mark = marks(container)[0] as HTMLElement;
    act(() => mark.focus());
    await screen.findByRole("tooltip");
    // Tabbing to a highlight below the fold scrolls; Radix closes tooltips on scroll.
    act(() => {
      fireEvent.scroll(document);
    });
    expect(screen.queryByRole("tooltip")).not.toBeNull();
    act(() => {
      fireEvent.keyDown(mark, { key: "Escape" });
    });
    await waitFor(() => expect(screen.queryByRole("tooltip")).toBeNull());
  });

  it("filters highlights by dimension", () => {
    const { container } = render(
      <EvidenceText
        showFilter
        text="alpha beta gamma"
        evidence={[ev(0, 5, "ownership", "supports", "o"), ev(6, 10, "depth", "hurts", "d")]}
      />,
    );
    expect(marks(container)).toHaveLength(2);
    const group = screen.getByRole("group", { name: "Show evidence for" });
    fireEvent.click(within(group).getByRole("button", { name: "Depth" }));
    expect(marks(container).map(markText)).toEqual(["beta"]);
    expect(within(group).getByRole("button", { name: "Depth" }).getAttribute("aria-pressed")).toBe(
      "true",
    );
    fireEvent.click(within(group).getByRole("button", { name: "All" }));
    expect(marks(container)).toHaveLength(2);
  });

  it("draws coach comments distinctly from evidence", () => {
    const { container } = render(
      <EvidenceText
        text="We migrated the queue."
        evidence={[]}
        comments={[{ id: "c1", start: 3, end: 11, body: "Who decided?", author: "Sam" }]}
      />,
    );
    const [mark] = marks(container);
    expect(mark?.dataset.tone).toBe("comment");
    expect(mark?.textContent).toContain("(coach comment)");
  });
});
