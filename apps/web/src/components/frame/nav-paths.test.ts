import { describe, expect, it } from "vitest";
import { areaForPath, cohortNavItems, isNavItemActive } from "./nav-paths";
import { navAreasFor } from "./navigation";

describe("frame navigation", () => {
  const areas = navAreasFor(["candidate", "coach"]);

  it("shows the area of the page in view, and the first held one elsewhere", () => {
    expect(areaForPath(areas, "/coach/queue")?.role).toBe("coach");
    expect(areaForPath(areas, "/practice")?.role).toBe("candidate");
    expect(areaForPath(areas, "/account")?.role).toBe("candidate");
    // A prefix of a word is not the area: /coaching is not under /coach.
    expect(areaForPath(areas, "/coaching")?.role).toBe("candidate");
    expect(areaForPath([], "/coach")).toBeUndefined();
  });

  it("marks a role's home only on itself, other pages on themselves and below", () => {
    const [home, queue] = areas[1]?.items ?? [];
    expect(home && isNavItemActive(home, "/coach")).toBe(true);
    expect(home && isNavItemActive(home, "/coach/queue")).toBe(false);
    expect(queue && isNavItemActive(queue, "/coach/queue")).toBe(true);
    expect(queue && isNavItemActive(queue, "/coach/queue/x")).toBe(true);
  });

  it("adds a lead's cohort pages while one cohort is in view", () => {
    expect(cohortNavItems("/lead")).toEqual([]);
    expect(cohortNavItems("/lead/cohorts/c1/members").map((i) => i.href)).toEqual([
      "/lead/cohorts/c1",
      "/lead/cohorts/c1/members",
    ]);
  });
});
