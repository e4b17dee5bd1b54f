import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "./select.tsx";

describe("Select (Radix-style API on a native select)", () => {
  it("renders one labelled native select with the items as options and reports changes", () => {
    const onValueChange = vi.fn();
    render(
      <>
        <label htmlFor="pick">Pick out a candidate</label>
        <Select value="none" onValueChange={onValueChange}>
          <SelectTrigger id="pick" className="w-60">
            <SelectValue>Cohort only</SelectValue>
          </SelectTrigger>
          <SelectContent>
            <SelectItem value="none">Cohort only</SelectItem>
            {["Ada", "Grace"].map((name) => (
              <SelectItem key={name} value={name.toLowerCase()}>
                {name}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
      </>,
    );
    const select = screen.getByRole("combobox", { name: "Pick out a candidate" });
    expect((select as HTMLSelectElement).value).toBe("none");
    expect(screen.getAllByRole("option").map((o) => o.textContent)).toEqual([
      "Cohort only",
      "Ada",
      "Grace",
    ]);
    fireEvent.change(select, { target: { value: "grace" } });
    expect(onValueChange).toHaveBeenCalledWith("grace");
  });
});
