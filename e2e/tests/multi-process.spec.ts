import { expect, test } from "@playwright/test";
import { freshCandidate } from "../support/fresh-account";
import { LoginPage } from "../support/login-page";

// Runs only in the two-process run of .ci/run: two `next start` processes on one PostgreSQL,
// behind nginx at E2E_BASE_URL; E2E_BACKENDS lists the processes' own addresses.
const backends = (process.env.E2E_BACKENDS ?? "").split(",").filter(Boolean);
test.skip(backends.length < 2, "needs the two-process run (E2E_BACKENDS)");

test("sign-in limits hold across processes: the proxy spreads the guesses, the delay still comes", async ({
  playwright,
}) => {
  const api = await playwright.request.newContext({ baseURL: process.env.E2E_BASE_URL });
  const email = `nobody-${Date.now()}@example.test`;
  const served = new Set<string>();
  const statuses: number[] = [];
  for (let i = 0; i < 7; i++) {
    const response = await api.post("/api/session", {
      data: { email, password: "not the password at all" },
      // A client-chosen X-Forwarded-For changes nothing: nginx appends the real address.
      headers: { "x-forwarded-for": `198.51.100.${i}` },
    });
    statuses.push(response.status());
    served.add(response.headers()["x-upstream"] ?? "");
  }
  // Five free failures per address and account, the sixth earns a wait: the seventh is
  // refused, although neither process saw more than four of them.
  expect(served.size).toBe(2);
  expect(statuses.slice(0, 6)).toEqual([401, 401, 401, 401, 401, 401]);
  expect(statuses[6]).toBe(429);
  await api.dispose();
});

test("a session signed out through one process is refused by both", async ({
  browser,
  playwright,
}) => {
  const account = await freshCandidate(browser);
  const context = await browser.newContext();
  const page = await context.newPage();
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(account.email, account.password);
  await page.waitForURL("**/practice");
  const cookies = await context.cookies();
  const cookieHeader = cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  for (const backend of backends) {
    const direct = await playwright.request.newContext({ baseURL: backend });
    const me = await direct.get("/api/trpc/me.get", { headers: { cookie: cookieHeader } });
    expect(me.status(), `${backend} before sign-out`).toBe(200);
    await direct.dispose();
  }
  await page.getByRole("button", { name: /account menu/ }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await page.waitForURL("**/login");
  for (const backend of backends) {
    const direct = await playwright.request.newContext({ baseURL: backend });
    const me = await direct.get("/api/trpc/me.get", { headers: { cookie: cookieHeader } });
    expect(me.status(), `${backend} after sign-out`).toBe(401);
    await direct.dispose();
  }
  await context.close();
});
