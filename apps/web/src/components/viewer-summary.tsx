import { Badge, Card, CardContent, CardDescription, CardHeader, CardTitle } from "@debrief/ui";
import { type Role, roleWords } from "~/lib/roles";

interface CohortMembership {
  cohortId: string;
  cohortName: string;
  organisationName: string;
}

/** Who is signed in, in which role, and the cohorts they hold it in. */
export function ViewerSummary({
  name,
  role,
  cohorts,
}: {
  name: string;
  role: Role;
  cohorts: CohortMembership[];
}) {
  return (
    <Card>
      <CardHeader>
        <CardTitle className="flex flex-wrap items-center gap-2">
          <span data-testid="viewer-name">{name}</span>
          <Badge variant="secondary" data-testid="viewer-role">
            {roleWords[role].label}
          </Badge>
        </CardTitle>
        <CardDescription>
          {cohorts.length === 1 ? "Your cohort" : `Your ${cohorts.length} cohorts`} as{" "}
          {roleWords[role].noun}
        </CardDescription>
      </CardHeader>
      <CardContent>
        <ul className="grid gap-2 sm:grid-cols-2" data-testid="cohort-list">
          {cohorts.map((cohort) => (
            <li key={cohort.cohortId} className="rounded-md border px-3 py-2">
              <p className="text-sm font-medium">{cohort.cohortName}</p>
              <p className="text-xs text-muted-foreground">{cohort.organisationName}</p>
            </li>
          ))}
        </ul>
      </CardContent>
    </Card>
  );
}
