import { describe, expect, test } from "vitest";
import { passwordProblem } from "./password-policy.ts";

describe("passwordProblem", () => {
  test.each([
    "aaaaaaaaaa",
    "password123",
    "qwertyuiop",
    "1234567890",
    "letmein2024!",
    "Password1234",
    "iloveyou12345",
  ])("refuses the common or guessable %s with a helpful message", (password) => {
    expect(passwordProblem(password)).toMatch(/too easy to guess/);
  });

  test("refuses short passwords by their length", () => {
    expect(passwordProblem("x7#Qz!")).toBe("Choose a password of at least 10 characters.");
  });

  test("refuses a password made of the user's own email or name", () => {
    expect(
      passwordProblem("lovelaceada", { email: "ada.lovelace@example.com", name: "Ada Lovelace" }),
    ).toMatch(/too easy to guess/);
  });

  test.each(["correct-horse-battery-staple", "tangerine orbit velvet kayak", "m8#Lq2!vRz9@Xw"])(
    "accepts the strong %s",
    (password) => {
      expect(passwordProblem(password)).toBeNull();
    },
  );
});
