import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./safe-redirect";

describe("safeRedirectPath", () => {
  it("keeps a same-origin path with its query", () => {
    expect(safeRedirectPath("/coach?cohort=1")).toBe("/coach?cohort=1");
  });
  it("reduces an absolute URL to path + query", () => {
    expect(safeRedirectPath("http://localhost:3000/lead?x=1")).toBe("/lead?x=1");
  });
  it("never leaves the site", () => {
    // Protocol-relative and absolute URLs keep only their path, on this site.
    expect(safeRedirectPath("//evil.example/coach")).toBe("/coach");
    expect(safeRedirectPath("https://evil.example")).toBe("/");
  });
  it("falls back for empty, API and login targets", () => {
    expect(safeRedirectPath(undefined)).toBe("/");
    expect(safeRedirectPath("/api/trpc/me.get")).toBe("/");
    expect(safeRedirectPath("/login?callbackUrl=/coach")).toBe("/");
  });
});
