import { dimensionKeys } from "@debrief/core";
import type { CohortExportRow, Db, ExportScores } from "@debrief/db";
import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { ZodError } from "zod";
import { createCohortExportCaller } from "~/server/routers/cohort-export";
import { describeZodError } from "~/server/trpc";

// Spreadsheet apps run a cell starting with one of these as a formula (CSV injection); a
// leading apostrophe makes it text. Only text cells are guarded: our numbers are never negative.
const formulaStart = /^[=+\-@\t\r]/;

/** One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break. */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return String(value);
  const text = formulaStart.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(cells: ReadonlyArray<string | number | null | undefined>): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}

export const csvHeader = [
  "candidate",
  "email",
  "question",
  "kind",
  "attempt",
  "submitted",
  "engine_overall",
  ...dimensionKeys.map((key) => `engine_${key}`),
  "coach_overall",
  ...dimensionKeys.map((key) => `coach_${key}`),
  "reviewed_at",
];

const scoreCells = (scores: ExportScores | null) =>
  scores
    ? [scores.overall, ...dimensionKeys.map((key) => scores.dimensions[key])]
    : new Array<null>(dimensionKeys.length + 1).fill(null);

export function csvRow(row: CohortExportRow): string {
  return csvLine([
    row.candidateName,
    row.candidateEmail,
    row.questionTitle,
    row.kind,
    row.attempt,
    row.submittedAt.toISOString(),
    ...scoreCells(row.engine),
    ...scoreCells(row.coach),
    row.reviewedAt?.toISOString() ?? null,
  ]);
}

/** The export as CSV text chunks: the header, then one chunk per row, read batch by batch. */
export async function* cohortCsvChunks(
  rows: AsyncIterable<CohortExportRow>,
): AsyncGenerator<string> {
  yield csvLine(csvHeader);
  for await (const row of rows) yield csvRow(row);
}

/**
 * A pull-based byte stream over the chunks: the next batch is queried only when the client has
 * taken the previous output, so a slow download holds one batch in memory, not the export.
 * Rows are grouped into ~64 kB chunks to keep per-chunk overhead low.
 */
export function toByteStream(chunks: AsyncIterator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const target = 64 * 1024;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        let text = "";
        while (text.length < target) {
          const next = await chunks.next();
          if (next.done) {
            if (text) controller.enqueue(encoder.encode(text));
            controller.close();
            return;
          }
          text += next.value;
        }
        controller.enqueue(encoder.encode(text));
      },
      async cancel() {
        // The client went away: end the generator so no further batch is queried.
        await chunks.return?.(undefined);
      },
    },
    { highWaterMark: 1 },
  );
}

function slug(text: string): string {
  return (
    text
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "cohort"
  );
}

export function exportFilename(cohortName: string, now: Date): string {
  return `${slug(cohortName)}-scores-${now.toISOString().slice(0, 10)}.csv`;
}

function dateParam(url: URL, name: "from" | "to"): string | undefined {
  const value = url.searchParams.get(name);
  return value === null || value === "" ? undefined : value;
}

const json = (message: string, status: number) =>
  Response.json({ message }, { status, headers: { "Cache-Control": "no-store" } });

/**
 * GET /api/cohorts/:cohortId/export.csv — the route handler's work, with its inputs passed in
 * so tests can call it with a real Request and database. Authorisation is the procedure
 * ladder's (`routers/cohort-export.ts`), and its errors get the status the tRPC endpoint gives
 * them: signed out 401; not a member of the cohort 404; a member without the lead role 403.
 */
export async function handleCohortExport(
  request: Request,
  deps: {
    db: Db;
    userId: string | null;
    sessionId?: string;
    cohortId: string;
    now: Date;
    batchSize?: number;
  },
): Promise<Response> {
  const url = new URL(request.url);
  const caller = createCohortExportCaller({
    db: deps.db,
    userId: deps.userId,
    sessionId: deps.sessionId,
  });
  let exported: Awaited<ReturnType<typeof caller.rows>>;
  try {
    exported = await caller.rows({
      cohortId: deps.cohortId,
      from: dateParam(url, "from"),
      to: dateParam(url, "to"),
      batchSize: deps.batchSize,
    });
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    const message = error.cause instanceof ZodError ? describeZodError(error.cause) : error.message;
    return json(message, getHTTPStatusCodeFromError(error));
  }
  const name = exportFilename(exported.cohortName, deps.now);
  return new Response(toByteStream(cohortCsvChunks(exported.rows)), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
