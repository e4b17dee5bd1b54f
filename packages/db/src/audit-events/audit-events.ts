import type { Db } from "../client.ts";
import { auditEvents } from "../schema/audit-events.ts";

export interface RecordAuditEventInput {
  /** Null for system actions (seed, scheduled jobs) and failed sign-ins. */
  actorId: string | null;
  action: string;
  cohortId?: string | null;
  subjectType?: string | null;
  subjectId?: string | null;
  data?: Record<string, unknown> | null;
}

/** Call with the same `tx` as the change it describes, so the two commit or roll back together. */
export async function recordAuditEvent(
  db: Db,
  input: RecordAuditEventInput,
): Promise<{ id: number }> {
  const [row] = await db
    .insert(auditEvents)
    .values({
      actorId: input.actorId,
      action: input.action,
      cohortId: input.cohortId ?? null,
      subjectType: input.subjectType ?? null,
      subjectId: input.subjectId ?? null,
      data: input.data ?? null,
    })
    .returning({ id: auditEvents.id });
  if (!row) throw new Error("insert into audit_events returned no row");
  return row;
}
