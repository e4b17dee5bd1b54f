import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { DropdownMenu, DropdownMenuTrigger } from "./dropdown-menu.tsx";
import { DropdownMenuContent, DropdownMenuItem } from "./dropdown-menu-content.tsx";

function renderMenu(onSelect = vi.fn()) {
  render(
    <>
      <DropdownMenu>
        <DropdownMenuTrigger>Actions</DropdownMenuTrigger>
        <DropdownMenuContent>
          <DropdownMenuItem onSelect={onSelect}>Archive</DropdownMenuItem>
          <DropdownMenuItem>Copy link</DropdownMenuItem>
          <DropdownMenuItem>Delete</DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
      <button type="button">Elsewhere</button>
    </>,
  );
  return screen.getByRole("button", { name: "Actions" });
}

describe("DropdownMenu", () => {
  it("opens from the keyboard on the first item and says so on the trigger", () => {
    const trigger = renderMenu();
    expect(trigger.getAttribute("aria-haspopup")).toBe("menu");
    expect(trigger.getAttribute("aria-expanded")).toBe("false");
    expect(screen.queryByRole("menu")).toBeNull();
    fireEvent.keyDown(trigger, { key: "Enter" });
    expect(trigger.getAttribute("aria-expanded")).toBe("true");
    const menu = screen.getByRole("menu", { name: "Actions" });
    expect(document.activeElement).toBe(screen.getByRole("menuitem", { name: "Archive" }));
    expect(trigger.getAttribute("aria-controls")).toBe(menu.id);
  });

  it("moves with the arrows, Home, End and a first letter, wrapping at the ends", () => {
    const trigger = renderMenu();
    fireEvent.keyDown(trigger, { key: "ArrowUp" });
    const item = (name: string) => screen.getByRole("menuitem", { name });
    expect(document.activeElement).toBe(item("Delete"));
    const menu = screen.getByRole("menu");
    fireEvent.keyDown(menu, { key: "ArrowDown" });
    expect(document.activeElement).toBe(item("Archive"));
    fireEvent.keyDown(menu, { key: "End" });
    expect(document.activeElement).toBe(item("Delete"));
    fireEvent.keyDown(menu, { key: "Home" });
    expect(document.activeElement).toBe(item("Archive"));
    fireEvent.keyDown(menu, { key: "c" });
    expect(document.activeElement).toBe(item("Copy link"));
  });

  it("closes on Escape and gives focus back to the trigger", () => {
    const trigger = renderMenu();
    fireEvent.keyDown(trigger, { key: "ArrowDown" });
    fireEvent.keyDown(screen.getByRole("menu"), { key: "Escape" });
    expect(screen.queryByRole("menu")).toBeNull();
    expect(document.activeElement).toBe(trigger);
  });

  it("runs the item's action, then closes; a press outside closes it too", () => {
    const onSelect = vi.fn();
    const trigger = renderMenu(onSelect);
    fireEvent.click(trigger);
    fireEvent.keyDown(screen.getByRole("menuitem", { name: "Archive" }), { key: "Enter" });
    expect(onSelect).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole("menu")).toBeNull();
    fireEvent.click(trigger);
    expect(screen.getByRole("menu")).toBeTruthy();
    fireEvent.pointerDown(screen.getByRole("button", { name: "Elsewhere" }));
    expect(screen.queryByRole("menu")).toBeNull();
  });
});
