"use client";

import { Alert, AlertDescription, AlertTitle } from "@debrief/ui";

// Shown only after a submit or save fails, so they load then (grading-panel.tsx).

/** Each changed score still missing its reason, linking to the box to fill. */
export function ReasonErrors({
  errors,
  idPrefix,
}: {
  errors: [key: string, message: string][];
  idPrefix: string;
}) {
  return (
    <Alert variant="destructive">
      <AlertTitle>
        {errors.length === 1
          ? "One changed score needs a reason"
          : `${errors.length} changed scores need a reason`}
      </AlertTitle>
      <AlertDescription>
        <ul className="list-disc pl-4">
          {errors.map(([key, message]) => (
            <li key={key}>
              <a href={`#${idPrefix}-reason-${key}`} className="underline underline-offset-2">
                {message}
              </a>
            </li>
          ))}
        </ul>
      </AlertDescription>
    </Alert>
  );
}

/** A save the server refused or never received; the grading stays on screen. */
export function SaveError({ message }: { message: string }) {
  return (
    <Alert variant="destructive">
      <AlertTitle>Not saved</AlertTitle>
      <AlertDescription>{message}</AlertDescription>
    </Alert>
  );
}
