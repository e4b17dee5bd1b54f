import { type APIRequestContext, type Browser, expect } from "@playwright/test";
import { storageStatePath } from "./accounts";
import { waitForInvitationLink } from "./mail";

export const FRESH_PASSWORD = "amber lantern quietly folds";

let counter = 0;

async function trpcPost<T>(request: APIRequestContext, procedure: string, input: unknown) {
  const response = await request.post(`/api/trpc/${procedure}`, { data: { json: input } });
  expect(response.ok(), `${procedure} answered ${response.status()}`).toBe(true);
  return ((await response.json()) as { result: { data: { json: T } } }).result.data.json;
}

/**
 * A new candidate account of its own, made the way a real one is (the demo lead invites, the
 * invitee accepts from the emailed link with a name and password), in as many of the lead's
 * cohorts as asked (`roles`: the role in each, in order; candidate where not given). For journeys that end sessions or change the password, which must not touch
 * the shared demo accounts other specs are signed in as.
 */
export async function freshCandidate(
  browser: Browser,
  options: { cohorts?: number; roles?: ("candidate" | "coach")[] } = {},
): Promise<{ email: string; password: string; name: string }> {
  const lead = await browser.newContext({ storageState: storageStatePath("lead") });
  try {
    const response = await lead.request.get(
      `/api/trpc/me.get?input=${encodeURIComponent(JSON.stringify({ json: null }))}`,
    );
    const memberships = (
      (await response.json()) as {
        result: { data: { json: { memberships: { cohortId: string; role: string }[] } } };
      }
    ).result.data.json.memberships.filter((m) => m.role === "lead");
    const email = `fresh-${Date.now()}-${process.pid}-${++counter}@example.test`;
    const name = `Fresh Candidate ${counter}`;
    const anonymous = await browser.newContext();
    try {
      const cohorts = options.cohorts ?? options.roles?.length ?? 1;
      for (const [index, membership] of memberships.slice(0, cohorts).entries()) {
        const { url } = await trpcPost<{ url: string }>(lead.request, "invitations.create", {
          cohortId: membership.cohortId,
          email,
          role: options.roles?.[index] ?? "candidate",
        });
        const token = decodeURIComponent(new URL(url).pathname.split("/").pop() ?? "");
        if (index === 0) {
          // From the emailed link: its proof shows the address is the invitee's.
          const emailed = new URL(await waitForInvitationLink(email, token));
          await trpcPost(anonymous.request, "invitations.accept", {
            token,
            proof: emailed.searchParams.get("proof"),
            name,
            password: FRESH_PASSWORD,
          });
        } else {
          // Later invitations are accepted signed in, as the invitee would.
          const signIn = await anonymous.request.post("/api/session", {
            data: { email, password: FRESH_PASSWORD },
          });
          expect(signIn.ok()).toBe(true);
          await trpcPost(anonymous.request, "invitations.accept", { token });
        }
      }
    } finally {
      await anonymous.close();
    }
    return { email, password: FRESH_PASSWORD, name };
  } finally {
    await lead.close();
  }
}
