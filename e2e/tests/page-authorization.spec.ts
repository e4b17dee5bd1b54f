import { type APIRequestContext, expect, test } from "@playwright/test";
import { DEMO_PASSWORD, demoAccounts } from "../support/accounts";
import { createOtherOrganisation } from "../support/other-organisation";

// Pages and route handlers × callers, over HTTP: the owner's pages open; everyone else is sent
// to sign in, to their own home, or told the page does not exist — never a 5xx, never the
// owner's words. The procedures behind the pages have their own suite (standing/ in apps/web);
// the callers are the same: the other cohort's, another organisation's, and a member of two.

type Caller =
  | "anonymous"
  | "candidate"
  | "candidateOtherCohort"
  | "coach"
  | "coachOtherCohort"
  | "lead"
  | "leadOtherCohort"
  | "candidateOtherOrg"
  | "coachOtherOrg"
  | "leadOtherOrg"
  | "twoOrgMember"; // candidate in another demo cohort and coach in another organisation
const demoEmails = {
  candidate: demoAccounts.candidate.email,
  candidateOtherCohort: "yuki.tanaka@demo.debrief.dev",
  coach: demoAccounts.coach.email,
  coachOtherCohort: "ingrid.solberg@demo.debrief.dev",
  lead: demoAccounts.lead.email,
} satisfies Partial<Record<Caller, string>>;
const signedIn: Exclude<Caller, "anonymous">[] = [
  "candidate",
  "candidateOtherCohort",
  "coach",
  "coachOtherCohort",
  "lead",
  "leadOtherCohort",
  "candidateOtherOrg",
  "coachOtherOrg",
  "leadOtherOrg",
  "twoOrgMember",
];

async function query<T>(api: APIRequestContext, procedure: string, input: unknown): Promise<T> {
  const response = await api.get(
    `/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`,
  );
  expect(response.ok(), procedure).toBe(true);
  return ((await response.json()) as { result: { data: { json: T } } }).result.data.json;
}

test("every page and route handler with someone else's ids", async ({ playwright, baseURL }) => {
  test.slow();
  const apis = new Map<Caller, APIRequestContext>();
  const signIn = async (caller: Caller, email: string, password: string) => {
    const api = await playwright.request.newContext({ baseURL });
    const response = await api.post("/api/session", { data: { email, password } });
    expect(response.ok(), `sign in ${caller}`).toBe(true);
    apis.set(caller, api);
  };
  apis.set("anonymous", await playwright.request.newContext({ baseURL }));
  for (const [caller, email] of Object.entries(demoEmails)) {
    await signIn(caller as Caller, email, DEMO_PASSWORD);
  }
  const get = (caller: Caller) => {
    const api = apis.get(caller);
    if (!api) throw new Error(caller);
    return api;
  };

  // The owner's things: the demo candidate's latest answer in the spring cohort, and so on.
  const me = await query<{ id: string; memberships: { cohortId: string }[] }>(
    get("candidate"),
    "me.get",
    null,
  );
  const spring = me.memberships[0]?.cohortId ?? "";
  // Another organisation, and a member of two: a candidate in another cohort of the demo
  // organisation (never the owner's) who coaches in the other organisation; that cohort's lead.
  const other = await createOtherOrganisation(spring);
  for (const [role, caller] of [
    ["candidate", "candidateOtherOrg"],
    ["coach", "coachOtherOrg"],
    ["lead", "leadOtherOrg"],
    ["twoOrgMember", "twoOrgMember"],
    ["leadOtherCohort", "leadOtherCohort"],
  ] as const) {
    await signIn(caller, other.emails[role], other.password);
  }
  const [answer] = await query<{ id: string; question: { id: string } }[]>(
    get("candidate"),
    "answers.recent",
    { limit: 1 },
  );
  if (!answer) throw new Error("the demo candidate has no answer");
  const full = await query<{ body: string }>(get("candidate"), "answers.get", {
    answerId: answer.id,
  });
  const secret = full.body.slice(0, 60);
  const sets = await query<{ id: string }[]>(get("coach"), "questionSets.list", {
    cohortId: spring,
  });
  const set = sets[0]?.id ?? "";
  // The demo's double-scoring case in spring: both coaches' grades in, waiting for the lead.
  const moderation = await query<{ items: { answerId: string }[] }>(
    get("lead"),
    "moderation.list",
    { cohortId: spring, status: "open" },
  );
  const moderated = moderation.items[0]?.answerId ?? "";

  // ownView: the page shows each caller their own things (may open, must not show the owner's).
  const pages: { path: string; entitled: Caller[]; ownView?: boolean }[] = [
    { path: `/practice/answers/${answer.id}`, entitled: ["candidate"] },
    {
      path: `/practice/questions/${answer.question.id}/attempts`,
      entitled: ["candidate"],
      ownView: true,
    },
    { path: `/coach/review/${answer.id}`, entitled: ["coach"] },
    { path: `/coach/sets/${set}`, entitled: ["coach"] },
    { path: `/coach/queue?cohort=${spring}`, entitled: ["coach"], ownView: true },
    { path: `/lead/cohorts/${spring}`, entitled: ["lead"] },
    { path: `/lead/cohorts/${spring}/members`, entitled: ["lead"] },
    { path: `/lead/cohorts/${spring}/moderation`, entitled: ["lead"] },
    { path: `/lead/cohorts/${spring}/moderation/${moderated}`, entitled: ["lead"] },
    { path: `/coach/second-grades/${moderated}`, entitled: ["coach"] },
    { path: `/lead/cohorts/${spring}/candidates/${me.id}/report`, entitled: ["lead"] },
    { path: `/api/cohorts/${spring}/export.csv`, entitled: ["lead"] },
    { path: "/account", entitled: signedIn },
    // The other organisation's own pages open for its people (so its callers are real), and
    // for nobody from the demo organisation.
    { path: `/lead/cohorts/${other.cohortId}`, entitled: ["leadOtherOrg"] },
    {
      path: `/coach/queue?cohort=${other.cohortId}`,
      entitled: ["coachOtherOrg", "twoOrgMember"],
      ownView: true,
    },
  ];
  const counts = { calls: 0, leaks: 0, wrongCodes: 0 };
  const problems: string[] = [];
  for (const { path, entitled, ownView } of pages) {
    for (const caller of apis.keys()) {
      counts.calls += 1;
      const response = await get(caller).get(path, { maxRedirects: 0 });
      const status = response.status();
      const body = status === 200 ? await response.text() : "";
      const where = `${path} as ${caller}: ${status}`;
      if (status >= 500) {
        counts.wrongCodes += 1;
        problems.push(where);
      } else if (entitled.includes(caller)) {
        if (status !== 200) {
          counts.wrongCodes += 1;
          problems.push(`${where}, must open`);
        }
      } else if (caller === "anonymous" && !path.startsWith("/api/")) {
        const location = response.headers().location ?? "";
        if (![302, 303, 307, 308].includes(status) || !location.includes("/login")) {
          counts.wrongCodes += 1;
          problems.push(`${where}, must go to /login (${location})`);
        }
      } else if (body.includes(secret)) {
        counts.leaks += 1;
        problems.push(`${where}, shows the owner's answer`);
      } else if (status === 200 && !ownView) {
        // A page about someone else's object must not open at all.
        counts.leaks += 1;
        problems.push(`${where}, must not open`);
      }
    }
  }
  console.log(
    `[page authorization] ${pages.length} pages × ${apis.size} callers: ${counts.calls} calls, ${counts.leaks} leaks, ${counts.wrongCodes} wrong codes`,
  );
  expect(problems).toEqual([]);
  for (const api of apis.values()) await api.dispose();
});
