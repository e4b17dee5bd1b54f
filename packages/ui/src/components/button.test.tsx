import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { Button } from "./button.tsx";

describe("Button", () => {
  it("with asChild renders the child link with button styling and no nested <button>", () => {
    const { container } = render(
      <Button asChild variant="outline">
        <a href="/coach">Review queue</a>
      </Button>,
    );
    const link = screen.getByRole("link", { name: "Review queue" });
    expect(link.getAttribute("href")).toBe("/coach");
    expect(link.className).toContain("border-input");
    expect(container.querySelector("button")).toBeNull();
  });

  it("defaults to type=button so it never submits a form by accident", () => {
    render(<Button>Save</Button>);
    expect(screen.getByRole("button", { name: "Save" }).getAttribute("type")).toBe("button");
  });
});
