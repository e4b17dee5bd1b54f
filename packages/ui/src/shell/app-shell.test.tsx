import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { AppShell, ShellNavLink } from "./app-shell.tsx";
import { RoleSwitcher, RoleSwitcherItem } from "./role-switcher.tsx";
import { ThemeProvider } from "./theme-provider.tsx";
import { UserMenu } from "./user-menu.tsx";

describe("AppShell", () => {
  it("has a skip link, labelled nav, main landmark and marks the active link", () => {
    render(
      <ThemeProvider>
        <AppShell
          nav={
            <>
              <ShellNavLink href="/coach" active>
                Review queue
              </ShellNavLink>
              <ShellNavLink href="/coach/bank">Question bank</ShellNavLink>
            </>
          }
        >
          <p>Page body</p>
        </AppShell>
      </ThemeProvider>,
    );
    const skip = screen.getByRole("link", { name: "Skip to content" });
    const main = screen.getByRole("main");
    expect(skip.getAttribute("href")).toBe(`#${main.id}`);
    expect(screen.getByRole("banner")).toBeTruthy();
    const nav = screen.getByRole("navigation", { name: "Main" });
    expect(nav.contains(screen.getByRole("link", { name: "Review queue" }))).toBe(true);
    expect(screen.getByRole("link", { name: "Review queue" }).getAttribute("aria-current")).toBe(
      "page",
    );
    expect(screen.getByRole("link", { name: "Question bank" }).hasAttribute("aria-current")).toBe(
      false,
    );
    expect(main.textContent).toBe("Page body");
  });
});

describe("UserMenu", () => {
  it("shows name and email and signs out from the keyboard", async () => {
    const onSignOut = vi.fn();
    render(<UserMenu name="Ada Lovelace" email="ada@example.com" onSignOut={onSignOut} />);
    const trigger = screen.getByRole("button", { name: /Ada Lovelace/ });
    fireEvent.keyDown(trigger, { key: "Enter" });
    const menu = await screen.findByRole("menu");
    expect(menu.textContent).toContain("ada@example.com");
    const item = screen.getByRole("menuitem", { name: "Sign out" });
    fireEvent.keyDown(item, { key: "Enter" });
    fireEvent.click(item);
    expect(onSignOut).toHaveBeenCalled();
  });
});

describe("UserMenu with a form action", () => {
  it("submits the sign-out form when the item is chosen", async () => {
    const signOutAction = vi.fn();
    render(<UserMenu name="Ada Lovelace" email="ada@example.com" signOutAction={signOutAction} />);
    fireEvent.keyDown(screen.getByRole("button", { name: /Ada Lovelace/ }), { key: "Enter" });
    const item = await screen.findByRole("menuitem", { name: "Sign out" });
    fireEvent.click(item);
    await waitFor(() => expect(signOutAction).toHaveBeenCalledTimes(1));
  });
});

describe("RoleSwitcher", () => {
  it("names the current role on the trigger and marks it in the menu", async () => {
    render(
      <RoleSwitcher currentLabel="Coach">
        <RoleSwitcherItem asChild>
          <a href="/practice">Candidate</a>
        </RoleSwitcherItem>
        <RoleSwitcherItem asChild current>
          <a href="/coach">Coach</a>
        </RoleSwitcherItem>
      </RoleSwitcher>,
    );
    const trigger = screen.getByRole("button", { name: "Role: Coach, switch role" });
    fireEvent.keyDown(trigger, { key: "Enter" });
    const coach = await screen.findByRole("menuitem", { name: "Coach" });
    expect(coach.getAttribute("href")).toBe("/coach");
    expect(coach.getAttribute("aria-current")).toBe("true");
    expect(screen.getByRole("menuitem", { name: "Candidate" }).hasAttribute("aria-current")).toBe(
      false,
    );
  });
});
