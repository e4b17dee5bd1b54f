import { minPasswordLength, revokeSession } from "@debrief/db";
import {
  Button,
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
  Wordmark,
} from "@debrief/ui";
import { TRPCError } from "@trpc/server";
import { CircleAlertIcon, ClockIcon, LinkIcon, UserCheckIcon } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { roleWords } from "~/lib/roles";
import { getSessionUserId, readCookieSession, signOut } from "~/server/auth";
import { getDb } from "~/server/db";
import { getServerCaller } from "~/trpc/server";
import {
  AcceptExistingButton,
  AcceptNewAccountForm,
  EmailInvitationButton,
} from "./accept-invitation";

export const metadata: Metadata = {
  title: "Invitation",
  // The token in the URL is a secret: keep the page out of search indexes.
  robots: { index: false, follow: false },
};

// Every visit reads the invitation's current state and the session: never cached.
export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ proof?: string | string[] }>;
}

async function loadPreview(token: string, proof: string | undefined) {
  const caller = await getServerCaller();
  try {
    return await caller.invitations.preview({ token, ...(proof ? { proof } : {}) });
  } catch (error) {
    // Unknown and malformed tokens look the same to a visitor: a link that doesn't work.
    if (
      error instanceof TRPCError &&
      (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")
    ) {
      return null;
    }
    throw error;
  }
}

async function signedInEmail(): Promise<string | null> {
  if (!(await getSessionUserId())) return null;
  const caller = await getServerCaller();
  const me = await caller.me.get().catch(() => null);
  return me?.email ?? null;
}

export default async function InvitationPage({ params, searchParams }: Props) {
  const { token } = await params;
  const proofParam = (await searchParams).proof;
  const proof = typeof proofParam === "string" ? proofParam : undefined;
  const [preview, currentEmail] = await Promise.all([loadPreview(token, proof), signedInEmail()]);
  const invitePath = `/invite/${encodeURIComponent(token)}`;

  async function switchAccount() {
    "use server";
    const session = await readCookieSession();
    if (session) await revokeSession(await getDb(), session.sessionId);
    await signOut({ redirectTo: `/login?callbackUrl=${encodeURIComponent(invitePath)}` });
  }

  let body: ReactNode;
  if (!preview) {
    body = (
      <Problem
        icon={<LinkIcon aria-hidden />}
        title="This invitation link doesn't work"
        text="Check that you copied the whole link. If it still doesn't work, ask your team lead for a new invitation."
      />
    );
  } else if (preview.status !== "valid") {
    const problems = {
      expired: {
        icon: <ClockIcon aria-hidden />,
        title: "This invitation has expired",
        text: "Invitation links work for 7 days. Ask your team lead to send you a new one.",
      },
      used: {
        icon: <UserCheckIcon aria-hidden />,
        title: "This invitation has already been used",
        text: `Each link works once. If you accepted it, sign in as ${preview.email}.`,
      },
      revoked: {
        icon: <CircleAlertIcon aria-hidden />,
        title: "This invitation was withdrawn",
        text: "Your team lead withdrew this link. Ask them for a new invitation if you still need one.",
      },
    } as const;
    body = <Problem {...problems[preview.status]} />;
  } else {
    const role = roleWords[preview.role].noun;
    body = (
      <Card>
        <CardHeader>
          <CardTitle as="h2">
            Join {preview.cohortName} as {role === "team lead" ? "a team lead" : `a ${role}`}
          </CardTitle>
          <CardDescription>{preview.organisationName} invited you to Debrief.</CardDescription>
        </CardHeader>
        <CardContent className="flex flex-col gap-5">
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 rounded-lg border bg-muted/40 px-4 py-3 text-sm">
            <dt className="text-muted-foreground">Cohort</dt>
            <dd className="font-medium" data-testid="invite-cohort">
              {preview.cohortName}
            </dd>
            <dt className="text-muted-foreground">Role</dt>
            <dd className="font-medium" data-testid="invite-role">
              {roleWords[preview.role].label}
            </dd>
            <dt className="text-muted-foreground">Email</dt>
            <dd className="font-medium break-all" data-testid="invite-email">
              {preview.email}
            </dd>
          </dl>
          {currentEmail === preview.email ? (
            <AcceptExistingButton token={token} email={preview.email} />
          ) : currentEmail ? (
            <div className="flex flex-col gap-3 text-sm">
              <p>
                You're signed in as <strong>{currentEmail}</strong>, but this invitation is for{" "}
                <strong>{preview.email}</strong>. Sign out, then sign in as {preview.email} to
                accept it.
              </p>
              <form action={switchAccount}>
                <Button type="submit">Sign out and switch account</Button>
              </form>
            </div>
          ) : preview.proven && proof ? (
            // The emailed link: its holder owns the address, so may learn whether it has an account.
            preview.proven.hasAccount ? (
              <p className="text-sm">
                You already use Debrief as {preview.email}.{" "}
                <Link
                  href={`/login?callbackUrl=${encodeURIComponent(invitePath)}`}
                  className="font-medium underline underline-offset-4"
                >
                  Sign in to accept
                </Link>
                . Forgotten the password? Reset it from the sign-in page.
              </p>
            ) : (
              <AcceptNewAccountForm
                token={token}
                proof={proof}
                email={preview.email}
                minPasswordLength={minPasswordLength}
              />
            )
          ) : (
            // A link without the address's proof (e.g. one the lead copied): whether the address
            // has an account is not shown, and no account is made from it.
            <div className="flex flex-col gap-4">
              <p className="text-sm">
                Already use Debrief as {preview.email}?{" "}
                <Link
                  href={`/login?callbackUrl=${encodeURIComponent(invitePath)}`}
                  className="font-medium underline underline-offset-4"
                >
                  Sign in to accept
                </Link>
                .
              </p>
              <EmailInvitationButton token={token} email={preview.email} />
            </div>
          )}
        </CardContent>
      </Card>
    );
  }

  return (
    <main id="main" className="flex min-h-dvh items-center justify-center px-4 py-12">
      <div className="w-full max-w-md space-y-8">
        <div className="space-y-2 text-center">
          <Wordmark className="justify-center [&>span]:text-2xl [&>svg]:size-8" />
          <h1 className="text-muted-foreground">Your invitation to Debrief</h1>
        </div>
        {body}
      </div>
    </main>
  );
}

function Problem({ icon, title, text }: { icon: ReactNode; title: string; text: string }) {
  return (
    <Card>
      <CardHeader>
        <div className="mb-1 flex size-10 items-center justify-center rounded-full bg-muted text-muted-foreground [&_svg]:size-5">
          {icon}
        </div>
        <CardTitle as="h2">{title}</CardTitle>
        <CardDescription>{text}</CardDescription>
      </CardHeader>
      <CardContent>
        <Button asChild variant="outline">
          <Link href="/login">Go to sign in</Link>
        </Button>
      </CardContent>
    </Card>
  );
}
