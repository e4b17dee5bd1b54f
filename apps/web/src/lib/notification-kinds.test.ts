import { notificationKinds } from "@debrief/db";
import { describe, expect, it } from "vitest";
import { notificationKindList, notificationKindText } from "./notification-kinds";

describe("notification kinds", () => {
  it("the client's list is the database's, and every kind has words", () => {
    expect([...notificationKindList]).toEqual([...notificationKinds]);
    for (const kind of notificationKindList) expect(notificationKindText[kind].label).not.toBe("");
  });
});
