import { describe, expect, it } from "vitest";
import { humanMessage } from "./human-message";

describe("humanMessage", () => {
  it("drops the API's field names and keeps the words", () => {
    expect(humanMessage("body: Answers are limited to 20,000 characters")).toBe(
      "Answers are limited to 20,000 characters.",
    );
    expect(
      humanMessage("overrideReasons.depth: you changed depth from 2 to 3; give a one-line reason."),
    ).toBe("You changed depth from 2 to 3; give a one-line reason.");
    expect(humanMessage("That due date has already passed. Pick a date.")).toBe(
      "That due date has already passed. Pick a date.",
    );
    expect(humanMessage("comments.0: the range 3–9 is not inside the answer")).toBe(
      "The range 3–9 is not inside the answer.",
    );
  });
});
