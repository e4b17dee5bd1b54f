import type { MailOutboxRow } from "@debrief/db";
import { isRole, roleWords } from "~/lib/roles";

export interface ComposedMail {
  to: string;
  subject: string;
  text: string;
}

type Row = Pick<MailOutboxRow, "toAddress" | "kind" | "data" | "origin">;

function str(data: Record<string, unknown>, key: string, fallback = ""): string {
  const value = data[key];
  return typeof value === "string" ? value : typeof value === "number" ? String(value) : fallback;
}

function utc(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

const settingsFooter = (origin: string) =>
  ["", "—", `Choose which emails you get: ${origin}/settings/notifications`].join("\n");

/**
 * The message for one outbox row, or for several rows sharing a digest key (a coach's new
 * answers). Plain text only: it reads the same in every client and in the local mail folder.
 */
export function composeMail(rows: readonly Row[]): ComposedMail {
  const [first] = rows;
  if (!first) throw new Error("composeMail needs at least one row");
  if (rows.length > 1) return composeDigest(rows);
  const { data, origin } = first;
  const to = first.toAddress;
  switch (first.kind) {
    case "invitation": {
      const role = isRole(data.role) ? roleWords[data.role].withArticle : str(data, "role");
      return {
        to,
        subject: `You're invited to ${str(data, "cohortName")} on Debrief`,
        text: [
          `${str(data, "invitedByName", "Someone")} invited you to join ${str(data, "cohortName")} (${str(data, "organisationName")}) on Debrief as ${role}.`,
          "",
          `Accept the invitation: ${str(data, "secretUrl")}`,
          "",
          `The link works once and expires on ${utc(str(data, "expiresAt"))}. If you weren't expecting it, ignore this email.`,
        ].join("\n"),
      };
    }
    case "password_reset":
      return {
        to,
        subject: "Reset your Debrief password",
        text: [
          "Someone (we hope you) asked to reset the password of your Debrief account.",
          "",
          `Choose a new password: ${str(data, "secretUrl")}`,
          "",
          "The link works once, for one hour. If you didn't ask, ignore this email: your password stays as it is.",
        ].join("\n"),
      };
    case "set_assigned": {
      const coach = str(data, "coachName", "Your coach");
      const isNew = data.isNew !== false;
      return {
        to,
        subject: isNew
          ? `New practice set: ${str(data, "setTitle")}`
          : `New due date for ${str(data, "setTitle")}`,
        text: [
          isNew
            ? `${coach} assigned you “${str(data, "setTitle")}”, due ${utc(str(data, "dueAt"))}.`
            : `${coach} moved the due date of “${str(data, "setTitle")}” to ${utc(str(data, "dueAt"))}.`,
          "",
          `Start practising: ${origin}/practice`,
          settingsFooter(origin),
        ].join("\n"),
      };
    }
    case "due_soon":
    case "overdue": {
      const remaining = Number(data.remaining ?? 0);
      const left = `${remaining} question${remaining === 1 ? "" : "s"} left`;
      return {
        to,
        subject:
          first.kind === "due_soon"
            ? `Due tomorrow: ${str(data, "setTitle")}`
            : `Overdue: ${str(data, "setTitle")}`,
        text: [
          first.kind === "due_soon"
            ? `“${str(data, "setTitle")}” is due ${utc(str(data, "dueAt"))}, and you have ${left}.`
            : `“${str(data, "setTitle")}” was due ${utc(str(data, "dueAt"))}, and you have ${left}. Late answers still count.`,
          "",
          `Carry on: ${origin}/practice`,
          settingsFooter(origin),
        ].join("\n"),
      };
    }
    case "answer_submitted":
      return {
        to,
        subject: `New answer to review from ${str(data, "candidateName")}`,
        text: [
          `${str(data, "candidateName")} submitted attempt ${str(data, "attempt", "1")} of “${str(data, "questionTitle")}” (${str(data, "setTitle")}).`,
          "",
          `Review it: ${origin}/coach/review/${str(data, "answerId")}`,
          settingsFooter(origin),
        ].join("\n"),
      };
    case "review_landed":
      if (str(data, "event") === "settled") {
        return {
          to,
          subject: `Your grade for “${str(data, "questionTitle")}” changed`,
          text: [
            `A second coach also graded attempt ${str(data, "attempt", "1")} of “${str(data, "questionTitle")}”, and your cohort's lead settled the final grade: ${str(data, "previousOverall")} → ${str(data, "overall")}.`,
            "",
            `See the scores: ${origin}/practice/answers/${str(data, "answerId")}`,
            settingsFooter(origin),
          ].join("\n"),
        };
      }
      return {
        to,
        subject: `Your coach reviewed “${str(data, "questionTitle")}”`,
        text: [
          `${str(data, "reviewerName", "Your coach")} reviewed attempt ${str(data, "attempt", "1")} of “${str(data, "questionTitle")}”.`,
          "",
          `Read the review: ${origin}/practice/answers/${str(data, "answerId")}`,
          settingsFooter(origin),
        ].join("\n"),
      };
    case "comment_reply": {
      const path =
        str(data, "forRole") === "coach"
          ? `/coach/review/${str(data, "answerId")}`
          : `/practice/answers/${str(data, "answerId")}`;
      return {
        to,
        subject: `${str(data, "authorName")} replied on “${str(data, "questionTitle")}”`,
        text: [
          `${str(data, "authorName")} replied to a comment on “${str(data, "questionTitle")}”:`,
          "",
          `> ${str(data, "excerpt")}`,
          "",
          `Read and answer: ${origin}${path}`,
          settingsFooter(origin),
        ].join("\n"),
      };
    }
    case "regrade": {
      const title = str(data, "questionTitle");
      if (str(data, "forRole") === "coach") {
        return {
          to,
          subject: `${str(data, "candidateName", "A candidate")} asked for a regrade of “${title}”`,
          text: [
            `${str(data, "candidateName", "A candidate")} asked you to look again at your review of “${title}”.`,
            "",
            `Read the request and decide: ${origin}/coach/review/${str(data, "answerId")}#regrade`,
            settingsFooter(origin),
          ].join("\n"),
        };
      }
      const accepted = str(data, "event") === "accepted";
      return {
        to,
        subject: `Your regrade request on “${title}” was ${accepted ? "accepted" : "declined"}`,
        text: [
          accepted
            ? `${str(data, "coachName", "Your coach")} accepted your regrade request on “${title}” and changed the scores.`
            : `${str(data, "coachName", "Your coach")} declined your regrade request on “${title}” and explained why.`,
          "",
          `Read it: ${origin}/practice/answers/${str(data, "answerId")}#regrade`,
          settingsFooter(origin),
        ].join("\n"),
      };
    }
    default:
      throw new Error(`no email template for kind ${first.kind}`);
  }
}

function composeDigest(rows: readonly Row[]): ComposedMail {
  const [first] = rows;
  if (!first) throw new Error("composeDigest needs rows");
  const lines = rows.map((row) => {
    const d = row.data;
    return `• ${str(d, "candidateName")} — “${str(d, "questionTitle")}”, attempt ${str(d, "attempt", "1")}: ${row.origin}/coach/review/${str(d, "answerId")}`;
  });
  return {
    to: first.toAddress,
    subject: `${rows.length} new answers to review`,
    text: [
      `${rows.length} answers came in from sets you coach:`,
      "",
      ...lines,
      "",
      `Your review queue: ${first.origin}/coach/queue`,
      settingsFooter(first.origin),
    ].join("\n"),
  };
}
