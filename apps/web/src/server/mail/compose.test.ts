import { describe, expect, it } from "vitest";
import { composeMail } from "./compose";

const origin = "https://debrief.example";
const row = (kind: string, data: Record<string, unknown>) => ({
  toAddress: "ada@example.test",
  kind,
  data,
  origin,
});

describe("composeMail", () => {
  it("writes each kind with a link on the row's origin", () => {
    const review = composeMail([
      row("review_landed", {
        answerId: "a1",
        questionTitle: "A migration",
        reviewerName: "Marcus",
        attempt: 2,
      }),
    ]);
    expect(review.subject).toBe("Your coach reviewed “A migration”");
    expect(review.text).toContain(`${origin}/practice/answers/a1`);
    expect(review.text).toContain(`${origin}/settings/notifications`);

    const reset = composeMail([row("password_reset", { secretUrl: `${origin}/reset-password/t` })]);
    expect(reset.text).toContain(`${origin}/reset-password/t`);
    expect(reset.text).toContain("one hour");

    const reply = composeMail([
      row("comment_reply", {
        answerId: "a1",
        questionTitle: "Q",
        authorName: "Alex",
        forRole: "coach",
        excerpt: "Here is why.",
      }),
    ]);
    expect(reply.text).toContain(`${origin}/coach/review/a1`);
    expect(reply.text).toContain("> Here is why.");
  });

  it("batches several new answers for one coach into a digest", () => {
    const digest = composeMail(
      ["a1", "a2", "a3"].map((answerId, i) =>
        row("answer_submitted", {
          answerId,
          candidateName: `Candidate ${i}`,
          questionTitle: "Q",
          attempt: 1,
        }),
      ),
    );
    expect(digest.subject).toBe("3 new answers to review");
    for (const id of ["a1", "a2", "a3"])
      expect(digest.text).toContain(`${origin}/coach/review/${id}`);
    expect(digest.text).toContain(`${origin}/coach/queue`);
  });

  it("refuses a kind it has no words for", () => {
    expect(() => composeMail([row("mystery", {})])).toThrow(/no email template/);
  });
});

describe("composeMail: regrades", () => {
  it("sends the coach to the request and the candidate to the decision", () => {
    const asked = composeMail([
      row("regrade", {
        answerId: "a1",
        questionTitle: "A migration",
        forRole: "coach",
        event: "requested",
        candidateName: "Alex",
      }),
    ]);
    expect(asked.subject).toBe("Alex asked for a regrade of “A migration”");
    expect(asked.text).toContain(`${origin}/coach/review/a1#regrade`);
    const declined = composeMail([
      row("regrade", {
        answerId: "a1",
        questionTitle: "A migration",
        forRole: "candidate",
        event: "declined",
        coachName: "Marcus",
      }),
    ]);
    expect(declined.subject).toBe("Your regrade request on “A migration” was declined");
    expect(declined.text).toContain(`${origin}/practice/answers/a1#regrade`);
  });
});
