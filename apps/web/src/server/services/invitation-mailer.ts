import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "~/env";

export interface InvitationEmail {
  to: string;
  url: string;
  role: string;
  cohortName: string;
  organisationName: string;
  invitedByName: string;
  expiresAt: Date;
}

/** Sends an invitation; resolves to whether it was handed to an SMTP server. Never throws. */
export type InvitationMailer = (email: InvitationEmail) => Promise<boolean>;

const roleWords: Record<string, string> = {
  candidate: "a candidate",
  coach: "a coach",
  lead: "a team lead",
};

export function composeInvitationEmail(email: InvitationEmail) {
  const role = roleWords[email.role] ?? email.role;
  const expires = `${email.expiresAt.toISOString().slice(0, 16).replace("T", " ")} UTC`;
  const text = [
    `${email.invitedByName} invited you to join ${email.cohortName} (${email.organisationName}) on Debrief as ${role}.`,
    "",
    `Accept the invitation: ${email.url}`,
    "",
    `The link works once and expires on ${expires}. If you weren't expecting it, ignore this email.`,
  ].join("\n");
  return {
    to: email.to,
    subject: `You're invited to ${email.cohortName} on Debrief`,
    text,
  };
}

/**
 * A mailer over a nodemailer transport. Failures are logged and reported as "not emailed": the
 * lead still has the link to copy, so a flaky SMTP server must not fail the invitation.
 */
export function createInvitationMailer(transport: Transporter, from: string): InvitationMailer {
  return async (email) => {
    try {
      await transport.sendMail({ from, ...composeInvitationEmail(email) });
      return true;
    } catch (error) {
      console.error(`[mail] invitation email to ${email.to} failed:`, error);
      return false;
    }
  };
}

const notConfigured: InvitationMailer = async (email) => {
  console.log(`[mail] SMTP not configured; invitation email to ${email.to} not sent`);
  return false;
};

let cached: InvitationMailer | undefined;

/** SMTP from SMTP_URL when set; otherwise a mailer that logs that it did not send. */
export function getInvitationMailer(): InvitationMailer {
  cached ??= env.smtpUrl
    ? createInvitationMailer(nodemailer.createTransport(env.smtpUrl), env.mailFrom)
    : notConfigured;
  return cached;
}
