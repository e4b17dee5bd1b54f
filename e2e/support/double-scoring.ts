import { type Browser, expect, type Page } from "@playwright/test";
import {
  connectDb,
  createCohortWithMembers,
  createOrganisation,
  createQuestion,
  TEST_PASSWORD,
} from "@debrief/db/testing";
import { LoginPage } from "./login-page";
import { e2eDatabaseUrl } from "./other-organisation";

export interface DoubleScoringCohort {
  cohortId: string;
  questionId: string;
  questionTitle: string;
  emails: { lead: string; first: string; second: string; candidate: string };
  names: { first: string; second: string; candidate: string };
  password: string;
}

/**
 * A cohort of its own, made with the unit tests' factories in the e2e database: a lead, two
 * coaches and a candidate with a cohort question. Double-scoring changes a cohort's queue for
 * every coach in it, so the journey never touches the demo cohorts other specs read.
 */
export async function createDoubleScoringCohort(): Promise<DoubleScoringCohort> {
  const { db, pool } = connectDb(e2eDatabaseUrl());
  try {
    const tag = `${Date.now()}-${process.pid}`;
    const organisation = await createOrganisation(db, { name: `Calibration Co ${tag}` });
    const names = { first: "Cora First", second: "Sol Second", candidate: "Nia Candidate" };
    const cohort = await createCohortWithMembers(db, {
      organisationId: organisation.id,
      name: `Calibration cohort ${tag}`,
      leads: [{ email: `ds-lead-${tag}@example.test`, name: "Lio Lead" }],
      coaches: [
        { email: `ds-first-${tag}@example.test`, name: names.first },
        { email: `ds-second-${tag}@example.test`, name: names.second },
      ],
      candidates: [{ email: `ds-candidate-${tag}@example.test`, name: names.candidate }],
    });
    const questionTitle = `The outage you led ${tag}`;
    const question = await createQuestion(db, {
      cohortId: cohort.cohort.id,
      kind: "debugging",
      title: questionTitle,
      prompt: "Tell me about an outage you led the response to.",
    });
    const email = (user: { email: string } | undefined) => {
      if (!user) throw new Error("fixture");
      return user.email;
    };
    return {
      cohortId: cohort.cohort.id,
      questionId: question.id,
      questionTitle,
      emails: {
        lead: email(cohort.leads[0]),
        first: email(cohort.coaches[0]),
        second: email(cohort.coaches[1]),
        candidate: email(cohort.candidates[0]),
      },
      names,
      password: TEST_PASSWORD,
    };
  } finally {
    await pool.end();
  }
}

/** A new browser context signed in through the sign-in page. */
export async function signedIn(browser: Browser, email: string, password: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(email, password);
  await expect(page).not.toHaveURL(/\/login/, { timeout: 30_000 });
  return page;
}

/** Picks `score` (0–4) for a dimension in a score picker or the grading panel. */
export async function pickScore(page: Page, dimension: string, score: number) {
  await page
    .getByRole("radiogroup", { name: dimension })
    .getByRole("radio", { name: new RegExp(`^${score} of 4`) })
    .check();
}
