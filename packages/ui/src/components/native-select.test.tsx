import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { NativeSelect } from "./native-select.tsx";

describe("NativeSelect", () => {
  it("renders one labelled native select with the items as options and reports changes", () => {
    const onChange = vi.fn();
    render(
      <>
        <label htmlFor="pick">Pick out a candidate</label>
        <NativeSelect
          id="pick"
          className="w-60"
          value="none"
          onChange={(event) => onChange(event.target.value)}
        >
          <option value="none">Cohort only</option>
          {["Ada", "Grace"].map((name) => (
            <option key={name} value={name.toLowerCase()}>
              {name}
            </option>
          ))}
        </NativeSelect>
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
    expect(onChange).toHaveBeenCalledWith("grace");
  });
});
