import { sql } from "drizzle-orm";
import type { Db } from "../client.ts";
import { notifyUser } from "./notify.ts";

/** "Due tomorrow" goes out once the due date is this close. */
export const dueSoonHours = 24;
/** Overdue reminders stop after this long: a set ignored for a week needs a human, not mail. */
export const overdueCutoffDays = 7;

export interface ReminderSent {
  assignmentId: string;
  candidateId: string;
  kind: "due_soon" | "overdue";
}

/**
 * Sends the reminders that are due: "due tomorrow" for an unfinished assignment due within
 * `dueSoonHours` (only if the candidate has had it since before that window opened — a set
 * assigned at the last minute already said when it is due), and "overdue" once its due date
 * passed. Each goes out once per assignment and due date (moving the date re-arms it), also
 * when several workers run this at once: the reminder row is claimed with `on conflict do
 * nothing` in the same transaction as the notification.
 */
export async function sendAssignmentReminders(
  db: Db,
  input: { now: Date; origin: string },
): Promise<ReminderSent[]> {
  const now = sql`${input.now.toISOString()}::timestamptz`;
  return db.transaction(async (tx) => {
    const claimed = await tx.execute<{
      assignment_id: string;
      candidate_id: string;
      kind: "due_soon" | "overdue";
      due_at: string;
      set_title: string;
      remaining: number;
    }>(sql`
      with candidates as (
        select a.id, a.candidate_id, a.due_at, s.title as set_title,
          case when a.due_at <= ${now} then 'overdue' else 'due_soon' end as kind,
          (select count(*)::int from question_set_items i
            where i.set_id = a.set_id and not exists (
              select 1 from answers ans
              where ans.candidate_id = a.candidate_id and ans.question_id = i.question_id
                and (ans.assignment_id = a.id or ans.submitted_at >= a.created_at))) as remaining
        from assignments a
        join question_sets s on s.id = a.set_id and s.archived_at is null
        join memberships m on m.user_id = a.candidate_id and m.cohort_id = a.cohort_id
          and m.role = 'candidate'
        where a.due_at <= ${now} + make_interval(hours => ${dueSoonHours}::int)
          and a.due_at > ${now} - make_interval(days => ${overdueCutoffDays}::int)
          and (a.due_at <= ${now}
            or a.updated_at <= a.due_at - make_interval(hours => ${dueSoonHours}::int))
      ), claimed as (
        insert into assignment_reminders (assignment_id, kind, due_at)
        select id, kind, due_at from candidates where remaining > 0
        on conflict do nothing
        returning assignment_id, kind
      )
      select c.id as assignment_id, c.candidate_id, c.kind, c.due_at::text as due_at,
        c.set_title, c.remaining
      from claimed join candidates c on c.id = claimed.assignment_id and c.kind = claimed.kind
    `);
    const sent: ReminderSent[] = [];
    for (const row of claimed.rows) {
      await notifyUser(tx, {
        userId: row.candidate_id,
        kind: row.kind,
        subjectId: row.assignment_id,
        origin: input.origin,
        data: {
          assignmentId: row.assignment_id,
          setTitle: row.set_title,
          dueAt: new Date(row.due_at).toISOString(),
          remaining: Number(row.remaining),
        },
      });
      sent.push({ assignmentId: row.assignment_id, candidateId: row.candidate_id, kind: row.kind });
    }
    return sent;
  });
}
