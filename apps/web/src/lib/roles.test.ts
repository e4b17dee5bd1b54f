import { membershipRoles } from "@debrief/db/schema";
import { describe, expect, it } from "vitest";
import { roleForPath } from "~/components/frame/navigation";
import { isRole, primaryRole, roles, roleWords } from "./roles";

describe("roles", () => {
  it("are the schema's membership roles, each with its words and home", () => {
    expect([...roles].sort()).toEqual([...membershipRoles].sort());
    for (const role of roles) {
      expect(roleWords[role].label).not.toBe("");
      expect(roleForPath(roleWords[role].home)).toBe(role);
    }
  });

  it("land a user with several roles on the widest view", () => {
    expect(primaryRole(["candidate", "lead"])).toBe("lead");
    expect(primaryRole(["candidate", "coach"])).toBe("coach");
    expect(primaryRole([])).toBeNull();
  });

  it("recognise only role names", () => {
    expect(isRole("coach")).toBe(true);
    expect(isRole("admin")).toBe(false);
    expect(isRole("toString")).toBe(false);
    expect(isRole(undefined)).toBe(false);
  });
});
