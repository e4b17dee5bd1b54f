import {
  type CandidateScope,
  type CoachScope,
  type Db,
  DomainError,
  findLiveSessionUserId,
  getActor,
  isDatabaseUnavailableError,
  type LeadScope,
  type ReviewConflict,
} from "@debrief/db";
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError, z } from "zod";
import { type Role, roleWords } from "~/lib/roles";
import { containsNul } from "~/server/inputs";
import { databaseRestartingMessage, isDatabaseDown, reportDatabaseError } from "./db-status";

export type { Role };

/**
 * The details a CONFLICT carries (the only DomainErrors with details are the review save's):
 * the review that won a concurrent save, or the newer attempt that closed this one.
 */
export type ConflictData =
  | ReviewConflict
  | { answerId: string; status: "superseded"; newerAnswerId: string | null };

/** What every procedure receives. Built per request from the session; tests build it directly. */
export interface Context {
  db: Db;
  userId: string | null;
  /**
   * The server-side session the cookie names; set on every web request. When present, a call
   * is signed in only while that session is live. Tests that build a context may leave it out.
   */
  sessionId?: string;
  /** Scheme and host the request came in on, for links sent by email; absent in tests. */
  origin?: string;
  /** The client's address (for per-address limits such as password reset requests). */
  ip?: string;
}

export function describeZodError(error: ZodError): string {
  return error.issues
    .map((issue) =>
      issue.path.length > 0 ? `${issue.path.join(".")}: ${issue.message}` : issue.message,
    )
    .join("; ");
}

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const zodError = error.cause instanceof ZodError ? error.cause : null;
    // Internal errors never leak details (or stacks) to the client; the server log has them.
    const message =
      error.code === "INTERNAL_SERVER_ERROR"
        ? "Something went wrong on our side. Please try again."
        : zodError
          ? describeZodError(zodError)
          : shape.message;
    return {
      ...shape,
      message,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        fieldErrors: zodError
          ? (z.flattenError(zodError).fieldErrors as Record<string, string[]>)
          : null,
        // What a CONFLICT needs to recover, e.g. the review that won a concurrent save.
        conflict:
          error.code === "CONFLICT" && error.cause instanceof DomainError
            ? (error.cause.details as ConflictData | null)
            : null,
      },
    };
  },
});

export const createCallerFactory = t.createCallerFactory;
export const router = t.router;

// Domain functions throw typed DomainErrors; this is the one place they become tRPC errors,
// so procedures carry no try/catch.
const mapDomainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof DomainError) {
    const cause = result.error.cause;
    throw new TRPCError({ code: cause.code, message: cause.message, cause });
  }
  return result;
});

// While the database is down (restarting, or unreachable) a call answers 503 with a plain
// sentence at once instead of waiting on the pool; a call that hits the outage mid-way gets the
// same answer, never a 500, and tells the availability tracker.
const mapDatabaseOutage = t.middleware(async ({ next }) => {
  if (isDatabaseDown()) {
    throw new TRPCError({ code: "SERVICE_UNAVAILABLE", message: databaseRestartingMessage });
  }
  const result = await next();
  if (!result.ok && isDatabaseUnavailableError(result.error.cause ?? result.error)) {
    reportDatabaseError(result.error.cause);
    throw new TRPCError({
      code: "SERVICE_UNAVAILABLE",
      message: databaseRestartingMessage,
      cause: result.error.cause,
    });
  }
  return result;
});

// PostgreSQL text cannot hold NUL: refused here, for every procedure, before any input parser.
const refuseNul = t.middleware(async ({ getRawInput, next }) => {
  if (containsNul(await getRawInput())) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: "Text cannot contain NUL characters (\\u0000).",
    });
  }
  return next();
});

export const publicProcedure = t.procedure
  .use(refuseNul)
  .use(mapDatabaseOutage)
  .use(mapDomainErrors);

/** For public procedures that act on who is signed in: the user id, only while the session is live. */
export async function liveUserId(ctx: Context): Promise<string | null> {
  if (!ctx.userId) return null;
  if (ctx.sessionId === undefined) return ctx.userId;
  return (await findLiveSessionUserId(ctx.db, ctx.sessionId)) === ctx.userId ? ctx.userId : null;
}

/**
 * Signed in. The user and their memberships are re-read from the database on every call: the
 * session cookie carries only the user id, so a removed member or changed role takes effect on
 * the very next request.
 */
export const authedProcedure = publicProcedure.use(async ({ ctx, next }) => {
  if (!ctx.userId) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to continue." });
  const actor = await getActor(ctx.db, ctx.userId, { sessionId: ctx.sessionId });
  if (!actor) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to continue." });
  return next({ ctx: { db: ctx.db, actor, sessionId: ctx.sessionId } });
});

function requireRole(role: Role) {
  return authedProcedure.use(({ ctx, next }) => {
    const cohortIds = ctx.actor.memberships.filter((m) => m.role === role).map((m) => m.cohortId);
    if (cohortIds.length === 0) {
      throw new TRPCError({
        code: "FORBIDDEN",
        message: `This needs the ${roleWords[role].noun} role.`,
      });
    }
    return next({ ctx: { roleCohortIds: cohortIds } });
  });
}

// Each role's procedures carry the caller's scope in `ctx.scope`, built here once: the domain
// queries take it as their first argument after `db` and filter by it.
interface RoleContext {
  actor: { id: string };
  roleCohortIds: string[];
}
const candidateScope = (ctx: RoleContext): CandidateScope => ({
  candidateId: ctx.actor.id,
  cohortIds: ctx.roleCohortIds,
});
const coachScope = (ctx: RoleContext): CoachScope => ({
  coachId: ctx.actor.id,
  cohortIds: ctx.roleCohortIds,
});

/** Holds the role in at least one cohort; `ctx.roleCohortIds` lists those cohorts. */
export const candidateProcedure = requireRole("candidate").use(({ ctx, next }) =>
  next({ ctx: { scope: candidateScope(ctx) } }),
);
export const coachProcedure = requireRole("coach").use(({ ctx, next }) =>
  next({ ctx: { scope: coachScope(ctx) } }),
);
export const leadProcedure = requireRole("lead");

export const cohortScopedInput = z.object({
  cohortId: z.uuid({ error: "cohortId must be a UUID" }),
});

/**
 * Holds the role in the cohort named by `input.cohortId`. A cohort the caller is not a member of
 * is NOT_FOUND, whether or not it exists; a member with another role is FORBIDDEN.
 */
function requireCohortRole(role: Role) {
  return requireRole(role)
    .input(cohortScopedInput)
    .use(({ ctx, input, next }) => {
      const membership = ctx.actor.memberships.find((m) => m.cohortId === input.cohortId);
      if (!membership) throw new TRPCError({ code: "NOT_FOUND", message: "Cohort not found." });
      if (membership.role !== role) {
        throw new TRPCError({
          code: "FORBIDDEN",
          message: `This needs the ${roleWords[role].noun} role in this cohort.`,
        });
      }
      return next({ ctx: { cohort: membership } });
    });
}

export const candidateCohortProcedure = requireCohortRole("candidate").use(({ ctx, next }) =>
  next({ ctx: { scope: candidateScope(ctx) } }),
);
export const coachCohortProcedure = requireCohortRole("coach").use(({ ctx, next }) =>
  next({ ctx: { scope: coachScope(ctx) } }),
);
/** `ctx.scope`: the lead and the one cohort in view. */
export const leadCohortProcedure = requireCohortRole("lead").use(({ ctx, next }) =>
  next({
    ctx: { scope: { leadId: ctx.actor.id, cohortId: ctx.cohort.cohortId } satisfies LeadScope },
  }),
);

/** Any role in the cohort named by `input.cohortId`; NOT_FOUND otherwise. */
export const memberCohortProcedure = authedProcedure
  .input(cohortScopedInput)
  .use(({ ctx, input, next }) => {
    const membership = ctx.actor.memberships.find((m) => m.cohortId === input.cohortId);
    if (!membership) throw new TRPCError({ code: "NOT_FOUND", message: "Cohort not found." });
    return next({ ctx: { cohort: membership } });
  });
