// Sample page for scripts/preview.tsx; rendered on the server and hydrated by preview-client.tsx.
import {
  dimensionKeys,
  dimensionWeights,
  dimensionInfo as rubricDimensions,
} from "@debrief/core/rubric";
import { InboxIcon, PlusIcon, RotateCcwIcon, TriangleAlertIcon } from "lucide-react";
import { Alert, AlertDescription, AlertTitle } from "../src/components/alert.tsx";
import { Badge } from "../src/components/badge.tsx";
import { Button } from "../src/components/button.tsx";
import {
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "../src/components/card.tsx";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "../src/components/dialog.tsx";
import { Input } from "../src/components/input.tsx";
import { Kbd } from "../src/components/kbd.tsx";
import { Label } from "../src/components/label.tsx";
import { NativeSelect } from "../src/components/native-select.tsx";
import { Progress } from "../src/components/progress.tsx";
import { Skeleton } from "../src/components/skeleton.tsx";
import { Spinner } from "../src/components/spinner.tsx";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "../src/components/table.tsx";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "../src/components/tabs.tsx";
import { Textarea } from "../src/components/textarea.tsx";
import { ScoreCard } from "../src/score/score-card.tsx";
import type { DimensionInfo, Evidence, ScoreResult } from "../src/score/types.ts";
import { AccountBadge } from "../src/shell/account-badge.tsx";
import { AppShell } from "../src/shell/app-shell.tsx";
import { EmptyState } from "../src/shell/empty-state.tsx";
import { PageHeader } from "../src/shell/page-header.tsx";
import { RoleSwitcher } from "../src/shell/role-switcher.tsx";
import { ShellNav, ShellNavLink } from "../src/shell/shell-nav.tsx";
import { UserMenu } from "../src/shell/user-menu.tsx";
import { UserMenuContent } from "../src/shell/user-menu-content.tsx";
import { ShellBrand } from "../src/shell/wordmark.tsx";

const answer = `At Lumen I led the rewrite of our checkout service, which was timing out at peak: p99 latency had crept to 2.4 s at 1,800 QPS.

We kind of knew the database was the problem. I profiled the hot path and found that every request re-read the pricing rules; I designed a read-through cache in Redis keyed by catalogue version, and added an idempotency key on order creation so retries could not double-charge.

We considered sharding Postgres instead, but it would have taken a quarter. The cache cost us stale prices for up to 30 seconds, which we mitigated with version bumps on publish.

p99 dropped to 380 ms and timeouts fell from 2% to 0.05%. Next time I would load-test before the holiday freeze, not during it.`;

function at(
  phrase: string,
  dimension: Evidence["dimension"],
  effect: Evidence["effect"],
  note: string,
): Evidence {
  const start = answer.indexOf(phrase);
  if (start < 0) throw new Error(`phrase not in answer: ${phrase}`);
  return { start, end: start + phrase.length, dimension, effect, tag: dimension, note };
}

const result: ScoreResult = {
  overall: 71,
  dimensions: {
    structure: 3,
    ownership: 3,
    specificity: 4,
    depth: 3,
    tradeoffs: 3,
    impact: 3,
    reflection: 2,
    delivery: 1,
  },
  flags: ["hidden_ownership"],
  evidence: [
    at(
      "p99 latency had crept to 2.4 s at 1,800 QPS",
      "specificity",
      "supports",
      "A baseline with units: latency and load.",
    ),
    at("We kind of knew", "delivery", "hurts", "Hedging (\u201ckind of\u201d) weakens the claim."),
    at(
      "I profiled the hot path",
      "ownership",
      "supports",
      "First-person action with a concrete verb.",
    ),
    at(
      "I designed a read-through cache in Redis keyed by catalogue version",
      "depth",
      "supports",
      "Names the mechanism at implementation depth.",
    ),
    at("designed a read-through cache", "ownership", "supports", "You own the design decision."),
    at(
      "We considered sharding Postgres instead",
      "tradeoffs",
      "supports",
      "An alternative, named.",
    ),
    at("p99 dropped to 380 ms", "impact", "supports", "Outcome metric against the baseline."),
    at(
      "Next time I would load-test before the holiday freeze",
      "reflection",
      "supports",
      "A concrete change for next time.",
    ),
  ],
  suggestions: [
    "Open with one framing sentence: the system, your role and the result, before the details.",
    "Drop the hedge in \u201cWe kind of knew\u201d \u2014 say what the evidence was.",
    "Say which decision was yours in the sharding discussion, not only what \u201cwe\u201d considered.",
  ],
  stats: {
    words: 156,
    sentences: 9,
    speakingSeconds: 62,
    firstPersonSingular: 5,
    firstPersonPlural: 5,
  },
  version: "2026.11-r1",
};

const dimensionInfo: DimensionInfo[] = dimensionKeys.map((key) => ({
  key,
  ...rubricDimensions[key],
}));

/** The sample page used by the preview script: every component with realistic content. */
export function PreviewPage() {
  return (
    <AppShell
      brand={
        <ShellBrand asChild>
          {/* biome-ignore lint/a11y/useAnchorContent: ShellBrand renders the wordmark inside the link. */}
          <a href="#home" aria-label="Debrief home" />
        </ShellBrand>
      }
      nav={
        <ShellNav label="Candidate navigation">
          <ShellNavLink href="#practice" active>
            Practice
          </ShellNavLink>
          <ShellNavLink href="#history">History</ShellNavLink>
          <ShellNavLink href="#reviews">Reviews</ShellNavLink>
        </ShellNav>
      }
      roleSwitcher={<RoleSwitcher currentLabel="Candidate">{null}</RoleSwitcher>}
      userMenu={
        <UserMenu label={<AccountBadge name="Ada Lovelace" />}>
          <UserMenuContent name="Ada Lovelace" email="ada@lumen.dev" onSignOut={() => {}} />
        </UserMenu>
      }
    >
      <PageHeader
        eyebrow="Backend cohort · Deep dive"
        title="Walk me through a system you rebuilt"
        description="Attempt 2 of 3, submitted 2 minutes ago. Your coach reviews by Friday."
        actions={
          <>
            <Button variant="outline">
              <RotateCcwIcon aria-hidden /> Compare attempts
            </Button>
            <Button>Revise answer</Button>
          </>
        }
      />
      <div className="flex flex-col gap-10">
        <ScoreCard
          result={result}
          answer={answer}
          dimensionInfo={dimensionInfo}
          weights={dimensionWeights.deep_dive}
          compare={{
            label: "Coach",
            dimensions: {
              structure: 3,
              ownership: 2,
              specificity: 4,
              depth: 3,
              tradeoffs: 3,
              impact: 3,
              reflection: 3,
              delivery: 1,
            },
          }}
          flagInfo={[
            {
              key: "hidden_ownership",
              label: "Hidden ownership",
              description: "\u201cWe\u201d carries most decisions; your own part is hard to see.",
            },
          ]}
          comments={[
            {
              id: "c1",
              start: answer.indexOf("We considered sharding"),
              end: answer.indexOf("We considered sharding") + 13,
              body: "Who made the call here?",
              author: "Sam (coach)",
            },
          ]}
          description="Deep dive · scored against the deep-dive weights"
          actions={<Button size="sm">Revise</Button>}
        />

        <section className="grid gap-6 md:grid-cols-2">
          <Card>
            <CardHeader>
              <CardTitle as="h2">Primitives</CardTitle>
              <CardDescription>Buttons, badges, inputs and feedback.</CardDescription>
            </CardHeader>
            <CardContent className="flex flex-col gap-5">
              <div className="flex flex-wrap gap-2">
                <Button>Default</Button>
                <Button variant="secondary">Secondary</Button>
                <Button variant="outline">Outline</Button>
                <Button variant="ghost">Ghost</Button>
                <Button variant="destructive">Delete</Button>
                <Button variant="link">Link</Button>
                <Button size="icon" aria-label="Add">
                  <PlusIcon aria-hidden />
                </Button>
                <Button disabled>Disabled</Button>
              </div>
              <div className="flex flex-wrap gap-2">
                <Badge>Default</Badge>
                <Badge variant="secondary">Draft</Badge>
                <Badge variant="outline">Outline</Badge>
                <Badge variant="success">Reviewed</Badge>
                <Badge variant="warning">Due tomorrow</Badge>
                <Badge variant="destructive">Overdue</Badge>
                <Badge variant="info">Submitted</Badge>
              </div>
              <div className="grid gap-2">
                <Label htmlFor="p-email">Email</Label>
                <Input id="p-email" placeholder="you@company.com" />
              </div>
              <div className="grid gap-2">
                <Label htmlFor="p-answer">Answer</Label>
                <Textarea id="p-answer" placeholder="Start with the context and your role…" />
              </div>
              <div className="flex flex-wrap items-center gap-3">
                <NativeSelect aria-label="Cohort" defaultValue="">
                  <option value="" disabled>
                    Choose a cohort
                  </option>
                  <option value="backend">Backend, spring</option>
                  <option value="platform">Platform, autumn</option>
                  <option value="staff" disabled>
                    Staff track (archived)
                  </option>
                </NativeSelect>
                <Dialog>
                  <DialogTrigger asChild>
                    <Button variant="outline">Assign set</Button>
                  </DialogTrigger>
                  <DialogContent>
                    <DialogHeader>
                      <DialogTitle>Assign “Backend deep dives”</DialogTitle>
                      <DialogDescription>
                        Five questions, due in a week. Candidates are notified by email.
                      </DialogDescription>
                    </DialogHeader>
                    <div className="grid gap-2">
                      <Label htmlFor="p-due">Due date</Label>
                      <Input id="p-due" type="date" />
                    </div>
                    <DialogFooter>
                      <DialogClose asChild>
                        <Button variant="outline">Cancel</Button>
                      </DialogClose>
                      <Button>Assign</Button>
                    </DialogFooter>
                  </DialogContent>
                </Dialog>
                <Spinner label="Saving draft" />
                <span className="text-sm text-muted-foreground">
                  Next answer <Kbd>J</Kbd> · previous <Kbd>K</Kbd>
                </span>
              </div>
              <Progress value={64} aria-label="Assignment completion" />
              <div className="flex items-center gap-3">
                <Skeleton className="size-9 rounded-full" />
                <div className="flex flex-1 flex-col gap-2">
                  <Skeleton className="h-3 w-2/3" />
                  <Skeleton className="h-3 w-1/3" />
                </div>
              </div>
            </CardContent>
          </Card>
          <div className="flex flex-col gap-6">
            <Alert variant="destructive">
              <TriangleAlertIcon aria-hidden />
              <AlertTitle>Could not save your draft</AlertTitle>
              <AlertDescription>
                Your text is kept in this tab. We will retry in 10 seconds.
              </AlertDescription>
            </Alert>
            <Alert variant="success">
              <AlertTitle>Review published</AlertTitle>
              <AlertDescription>Ada can see your grades and comments now.</AlertDescription>
            </Alert>
            <Tabs defaultValue="queue">
              <TabsList aria-label="Review views">
                <TabsTrigger value="queue">Queue</TabsTrigger>
                <TabsTrigger value="done">Done</TabsTrigger>
              </TabsList>
              <TabsContent value="queue">
                <Table>
                  <TableHeader>
                    <TableRow>
                      <TableHead>Candidate</TableHead>
                      <TableHead>Question</TableHead>
                      <TableHead className="text-right">Score</TableHead>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    <TableRow>
                      <TableCell>Ada Lovelace</TableCell>
                      <TableCell>Checkout rewrite</TableCell>
                      <TableCell className="text-right tabular-nums">71</TableCell>
                    </TableRow>
                    <TableRow>
                      <TableCell>Grace Hopper</TableCell>
                      <TableCell>Tell me about yourself</TableCell>
                      <TableCell className="text-right tabular-nums">84</TableCell>
                    </TableRow>
                  </TableBody>
                </Table>
              </TabsContent>
            </Tabs>
            <EmptyState
              icon={<InboxIcon />}
              title="No answers waiting"
              body="When candidates submit answers for your sets they appear here, oldest due first."
              action={<Button variant="outline">Assign a question set</Button>}
            />
          </div>
        </section>
      </div>
    </AppShell>
  );
}
