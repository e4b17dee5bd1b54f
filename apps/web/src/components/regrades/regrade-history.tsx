import { Badge } from "@debrief/ui";
import { ArrowRightIcon } from "lucide-react";
import { LocalTime } from "~/components/local-time";
import type { DimensionLabels, RegradeView } from "./types";

/**
 * A regrade request as both sides read it: what was asked and why, then the decision with the
 * named dimensions' scores before → after (accepted) or the coach's answer (declined).
 */
export function RegradeHistory({
  request,
  labels,
  as,
}: {
  request: RegradeView;
  labels: DimensionLabels;
  as: "candidate" | "coach";
}) {
  const after = request.after;
  return (
    <div className="flex flex-col gap-4 text-sm" data-testid="regrade-history">
      <div className="flex flex-wrap items-center gap-2">
        <Badge
          variant={
            request.status === "accepted"
              ? "success"
              : request.status === "declined"
                ? "secondary"
                : "warning"
          }
        >
          {request.status === "pending"
            ? as === "candidate"
              ? "Waiting for your coach"
              : "Waiting for you"
            : request.status === "accepted"
              ? "Accepted"
              : "Declined"}
        </Badge>
        <span className="text-xs text-muted-foreground">
          Asked <LocalTime value={request.createdAt} />
        </span>
      </div>
      <div className="flex flex-col gap-1">
        <p className="font-medium">
          {as === "candidate" ? "You asked about" : "Asked about"}{" "}
          {request.dimensions.map((key) => labels[key] ?? key).join(", ")}
        </p>
        <blockquote className="border-l-4 pl-3 whitespace-pre-wrap text-muted-foreground">
          {request.reason}
        </blockquote>
      </div>
      <table className="w-full max-w-md text-sm" aria-label="Scores of the named dimensions">
        <thead>
          <tr className="border-b text-left text-xs text-muted-foreground">
            <th scope="col" className="py-1.5 pr-3 font-medium">
              Dimension
            </th>
            <th scope="col" className="px-3 py-1.5 text-right font-medium">
              {after ? "Before → after" : "Coach score"}
            </th>
          </tr>
        </thead>
        <tbody>
          {request.dimensions.map((key) => {
            const from = request.before.dimensions[key];
            const to = after?.dimensions[key];
            return (
              <tr key={key} className="border-b last:border-0">
                <th scope="row" className="py-1.5 pr-3 text-left font-medium">
                  {labels[key] ?? key}
                </th>
                <td className="px-3 py-1.5 text-right tabular-nums">
                  {to !== undefined && to !== from ? (
                    <span className="inline-flex items-center gap-1 font-semibold">
                      {from}
                      <ArrowRightIcon aria-label="to" className="size-3.5" />
                      {to}
                    </span>
                  ) : (
                    `${from} of 4`
                  )}
                </td>
              </tr>
            );
          })}
          {after && after.overall !== request.before.overall ? (
            <tr>
              <th scope="row" className="py-1.5 pr-3 text-left font-medium">
                Overall
              </th>
              <td className="px-3 py-1.5 text-right tabular-nums">
                <span className="inline-flex items-center gap-1 font-semibold">
                  {request.before.overall}
                  <ArrowRightIcon aria-label="to" className="size-3.5" />
                  {after.overall}
                </span>
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
      {request.status !== "pending" ? (
        <div className="flex flex-col gap-1">
          <p className="font-medium">
            {request.decidedByName ?? "The coach"}{" "}
            {request.status === "accepted" ? "changed the scores" : "kept the scores"}
            {request.decidedAt ? (
              <span className="font-normal text-muted-foreground">
                {" "}
                · <LocalTime value={request.decidedAt} />
              </span>
            ) : null}
          </p>
          <blockquote className="border-l-4 border-evidence-comment/60 pl-3 whitespace-pre-wrap">
            {request.coachAnswer}
          </blockquote>
        </div>
      ) : null}
    </div>
  );
}
