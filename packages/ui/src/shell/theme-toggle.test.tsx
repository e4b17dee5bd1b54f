import { act, fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ThemeProvider } from "./theme-provider.tsx";
import { ThemeToggle } from "./theme-toggle.tsx";
import { ThemeToggleIcons } from "./theme-toggle-icons.tsx";

describe("ThemeToggle", () => {
  it("names the action it will take and flips the dark class on <html>", async () => {
    render(
      <ThemeProvider defaultTheme="light" enableSystem={false}>
        <ThemeToggle>
          <ThemeToggleIcons />
        </ThemeToggle>
      </ThemeProvider>,
    );
    const button = await screen.findByRole("button", { name: "Switch to dark theme" });
    expect(document.documentElement.classList.contains("dark")).toBe(false);
    act(() => {
      fireEvent.click(button);
    });
    expect(await screen.findByRole("button", { name: "Switch to light theme" })).toBe(button);
    expect(document.documentElement.classList.contains("dark")).toBe(true);
  });
});
