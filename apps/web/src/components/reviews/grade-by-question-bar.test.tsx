// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fireEvent, render, screen } from "~/testing/render";
import { GradeByQuestionBar } from "./grade-by-question-bar";

const { push } = vi.hoisted(() => ({ push: vi.fn() }));
vi.mock("next/navigation", () => ({ useRouter: () => ({ push, refresh: vi.fn() }) }));

beforeEach(() => push.mockReset());
afterEach(() => vi.restoreAllMocks());

function renderBar(hrefs: { previousHref?: string | null; nextHref?: string | null } = {}) {
  return render(
    <>
      <form data-grading-form>
        <textarea aria-label="Overall comment" />
      </form>
      <GradeByQuestionBar
        position={2}
        total={3}
        graded={1}
        questionHref="/coach/sets/s/questions/q"
        previousHref={hrefs.previousHref === undefined ? "/prev" : hrefs.previousHref}
        nextHref={hrefs.nextHref === undefined ? "/next" : hrefs.nextHref}
      />
    </>,
  );
}

describe("GradeByQuestionBar", () => {
  it("says where the coach is and how many are graded", () => {
    renderBar();
    expect(screen.getByTestId("grade-by-question-position").textContent).toBe("Candidate 2 of 3");
    expect(screen.getByTestId("grade-by-question-progress").textContent).toBe("1 of 3 graded");
  });

  it("j goes to the next candidate and k to the previous", () => {
    renderBar();
    fireEvent.keyDown(document.body, { key: "j" });
    fireEvent.keyDown(document.body, { key: "k" });
    expect(push.mock.calls).toEqual([["/next"], ["/prev"]]);
  });

  it("typing j or k in a text field, or with a modifier, moves nowhere", () => {
    renderBar();
    const comment = screen.getByRole("textbox", { name: "Overall comment" });
    fireEvent.keyDown(comment, { key: "j" });
    fireEvent.keyDown(comment, { key: "k" });
    fireEvent.keyDown(document.body, { key: "j", ctrlKey: true });
    expect(push).not.toHaveBeenCalled();
  });

  it("at the end of the list there is no next: the key does nothing and the button is off", () => {
    renderBar({ nextHref: null });
    fireEvent.keyDown(document.body, { key: "j" });
    expect(push).not.toHaveBeenCalled();
    expect((screen.getByRole("button", { name: /Next/ }) as HTMLButtonElement).disabled).toBe(true);
  });

  it("asks before leaving unsaved grading, and stays when the coach says so", () => {
    renderBar();
    document.querySelector("form")?.setAttribute("data-dirty", "true");
    const confirm = vi
      .spyOn(window, "confirm")
      .mockReturnValueOnce(false)
      .mockReturnValueOnce(true);
    fireEvent.keyDown(document.body, { key: "j" });
    expect(push).not.toHaveBeenCalled();
    fireEvent.keyDown(document.body, { key: "j" });
    expect(confirm).toHaveBeenCalledTimes(2);
    expect(push).toHaveBeenCalledWith("/next");
  });
});
