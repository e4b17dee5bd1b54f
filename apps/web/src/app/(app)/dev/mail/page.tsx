import { Card, CardContent, CardHeader, CardTitle, EmptyState, PageHeader } from "@debrief/ui";
import { MailIcon } from "lucide-react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Fragment } from "react";
import { LocalTime } from "~/components/local-time";
import { env } from "~/env";
import { mailDelivery } from "~/server/mail/deliver";
import { readMailFolder } from "~/server/mail/mail-folder";
import { loadViewer } from "~/server/viewer";

export const metadata: Metadata = { title: "Your mail (local folder)" };

/** Splits text into plain runs and links, so a message's links can be followed from here. */
function withLinks(text: string) {
  return text.split(/(https?:\/\/[^\s<>"]+)/g).map((part, index) =>
    /^https?:\/\//.test(part) ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed string
      <a key={index} href={part} className="break-all text-primary underline underline-offset-4">
        {part}
      </a>
    ) : (
      // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed string
      <Fragment key={index}>{part}</Fragment>
    ),
  );
}

/**
 * Without a mail server, mail is written to a folder on this machine. This page shows the
 * signed-in user their own recent messages from it, so invitations, reminders and resets can be
 * followed with no server at all. With SMTP_URL set it does not exist.
 */
export default async function DevMailPage() {
  if (mailDelivery !== "folder") notFound();
  const viewer = await loadViewer();
  const messages = await readMailFolder(env.mailDir, { to: viewer.email, limit: 20 });
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <PageHeader
        className="mb-0"
        title="Your mail"
        description={`No mail server is set up, so email is written to ${env.mailDir} on the server. These are the latest messages to ${viewer.email}.`}
      />
      {messages.length === 0 ? (
        <EmptyState
          icon={<MailIcon aria-hidden />}
          title="No mail yet"
          body="Assignments, reviews, replies and reminders you are sent show up here."
        />
      ) : (
        <ul className="flex flex-col gap-4">
          {messages.map((message) => (
            <li key={message.file}>
              <Card className="gap-2">
                <CardHeader>
                  <CardTitle as="h2" className="text-base">
                    {message.subject}
                  </CardTitle>
                  <p className="text-xs text-muted-foreground">
                    From {message.from} · <LocalTime value={message.date} />
                  </p>
                </CardHeader>
                <CardContent>
                  <p className="text-sm leading-relaxed whitespace-pre-wrap">
                    {withLinks(message.text)}
                  </p>
                </CardContent>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
