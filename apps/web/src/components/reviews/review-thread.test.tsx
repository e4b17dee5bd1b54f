// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from "vitest";
import { fireEvent, render, screen, waitFor } from "~/testing/render";
import { ReviewThread } from "./review-thread";

// The page's router and the lazily loaded tRPC client are the component's edges.
const { refresh, lazyMutation } = vi.hoisted(() => ({ refresh: vi.fn(), lazyMutation: vi.fn() }));
vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh }) }));
vi.mock("~/trpc/lazy-client", () => ({ lazyMutation }));

beforeEach(() => {
  refresh.mockReset();
  lazyMutation.mockReset();
});

function openThread() {
  render(
    <ReviewThread
      answerId="4d9c3a50-6b7e-4e0f-9a51-0c8f2b1d7e11"
      commentId={null}
      replies={[]}
      as="candidate"
      subject="the overall comment"
      maxLength={1000}
    />,
  );
  fireEvent.click(screen.getByRole("button", { name: /^Reply\s*to the overall comment$/ }));
  return screen.getByRole("textbox", { name: "Reply to the overall comment" });
}

describe("ReviewThread", () => {
  it("refuses an empty reply without calling the server", () => {
    const box = openThread();
    fireEvent.change(box, { target: { value: "   " } });
    fireEvent.click(screen.getByRole("button", { name: "Send reply" }));
    expect(screen.getByRole("alert").textContent).toBe("Write a reply before sending it.");
    expect(lazyMutation).not.toHaveBeenCalled();
  });

  it("caps the reply at the server's length", () => {
    expect(openThread().getAttribute("maxlength")).toBe("1000");
  });

  it("shows the server's own sentence when it refuses, and keeps the text", async () => {
    const refusal = Object.assign(new Error("body: Keep a reply under 1000 characters."), {
      name: "TRPCClientError",
      data: { code: "BAD_REQUEST", httpStatus: 400, fieldErrors: null, conflict: null },
    });
    lazyMutation.mockRejectedValue(refusal);
    const box = openThread();
    fireEvent.change(box, { target: { value: "Thanks, I'll try that." } });
    fireEvent.click(screen.getByRole("button", { name: "Send reply" }));
    await waitFor(() =>
      expect(screen.getByRole("alert").textContent).toBe("Keep a reply under 1000 characters."),
    );
    expect((box as HTMLTextAreaElement).value).toBe("Thanks, I'll try that.");
    expect(refresh).not.toHaveBeenCalled();
  });

  it("says the server could not be reached when the request got no answer", async () => {
    lazyMutation.mockRejectedValue(new TypeError("Failed to fetch"));
    const box = openThread();
    fireEvent.change(box, { target: { value: "Thanks." } });
    fireEvent.click(screen.getByRole("button", { name: "Send reply" }));
    await waitFor(() =>
      expect(screen.getByRole("alert").textContent).toBe(
        "Couldn't reach Debrief. Check your connection and try again.",
      ),
    );
  });
});
