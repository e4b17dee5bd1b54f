import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { lazy, Suspense } from "react";
import { describe, expect, it, vi } from "vitest";
import { AccountBadge } from "./account-badge.tsx";
import { AppShell } from "./app-shell.tsx";
import { RoleSwitcher } from "./role-switcher.tsx";
import { RoleSwitcherContent, RoleSwitcherItem } from "./role-switcher-content.tsx";
import { ShellNav, ShellNavLink } from "./shell-nav.tsx";
import { ThemeProvider } from "./theme-provider.tsx";
import { UserMenu } from "./user-menu.tsx";
import { UserMenuContent } from "./user-menu-content.tsx";

describe("AppShell", () => {
  it("has a skip link, labelled nav, main landmark and marks the active link", () => {
    render(
      <ThemeProvider>
        <AppShell
          nav={
            <ShellNav>
              <ShellNavLink href="/coach" active>
                Review queue
              </ShellNavLink>
              <ShellNavLink href="/coach/bank">Question bank</ShellNavLink>
            </ShellNav>
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
    render(
      <UserMenu label={<AccountBadge name="Ada Lovelace" />}>
        <UserMenuContent name="Ada Lovelace" email="ada@example.com" onSignOut={onSignOut} />
      </UserMenu>,
    );
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
    render(
      <UserMenu label={<AccountBadge name="Ada Lovelace" />}>
        <UserMenuContent
          name="Ada Lovelace"
          email="ada@example.com"
          signOutAction={signOutAction}
        />
      </UserMenu>,
    );
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
        <RoleSwitcherContent>
          <RoleSwitcherItem asChild>
            <a href="/practice">Candidate</a>
          </RoleSwitcherItem>
          <RoleSwitcherItem asChild current>
            <a href="/coach">Coach</a>
          </RoleSwitcherItem>
        </RoleSwitcherContent>
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

describe("A menu whose content loads on demand", () => {
  it("asks for the code on hover or focus, renders it only when open, then focuses the first item", async () => {
    let resolve: (module: { default: () => React.ReactNode }) => void = () => {};
    const load = vi.fn(
      () =>
        new Promise<{ default: () => React.ReactNode }>((r) => {
          resolve = r;
        }),
    );
    // Like next/dynamic: the import starts once, whether from preload or from the first render.
    let pending: ReturnType<typeof load> | null = null;
    const preload = () => {
      pending ??= load();
      return pending;
    };
    const Content = lazy(preload);
    const rendered = vi.fn();
    render(
      <UserMenu label={<AccountBadge name="Ada Lovelace" />} preload={() => void preload()}>
        <Suspense fallback={null}>
          <Content />
        </Suspense>
      </UserMenu>,
    );
    const trigger = screen.getByRole("button", { name: /Ada Lovelace/ });
    expect(load).not.toHaveBeenCalled();
    fireEvent.pointerEnter(trigger);
    expect(load).toHaveBeenCalledTimes(1);
    fireEvent.focus(trigger);
    expect(load).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole("menu")).toBeNull();

    fireEvent.keyDown(trigger, { key: "Enter" });
    expect(trigger.getAttribute("aria-expanded")).toBe("true");
    await act(async () => {
      resolve({
        default: () => {
          rendered();
          return (
            <UserMenuContent name="Ada Lovelace" email="ada@example.com" onSignOut={() => {}} />
          );
        },
      });
    });
    const item = await screen.findByRole("menuitem", { name: "Sign out" });
    expect(rendered).toHaveBeenCalled();
    expect(document.activeElement).toBe(item);
    fireEvent.keyDown(item, { key: "Escape" });
    expect(screen.queryByRole("menu")).toBeNull();
    expect(document.activeElement).toBe(trigger);
  });
});
