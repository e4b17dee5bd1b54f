import { type Db, streamCohortExportRows } from "@debrief/db";
import {
  createAnswer,
  createCohortWithMembers,
  createQuestion,
  createTestDatabase,
} from "@debrief/db/testing";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  cohortCsvChunks,
  csvCell,
  csvHeader,
  exportFilename,
  handleCohortExport,
  toByteStream,
} from "./cohort-csv";

let db: Db;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ db, close } = await createTestDatabase());
});
afterAll(async () => {
  await close();
});

/** Reads the CSV the way a spreadsheet would (RFC 4180). */
function parseCsv(text: string): string[][] {
  return parse(text, { relax_column_count: true });
}

describe("csvCell", () => {
  it("quotes commas, quotes and line breaks, and defuses formulas", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell("a, b")).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("line\nbreak")).toBe('"line\nbreak"');
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("-2")).toBe("'-2");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell(42)).toBe("42");
    expect(csvCell(null)).toBe("");
  });

  it("names the file after the cohort and the day", () => {
    expect(exportFilename("Backend cohort — spring!", new Date("2026-03-04T10:00:00Z"))).toBe(
      "backend-cohort-spring-scores-2026-03-04.csv",
    );
  });
});

async function exportFixture() {
  const { cohort, leads, coaches, candidates } = await createCohortWithMembers(db, {
    name: 'Export, "quoted" cohort',
    leads: 1,
    candidates: [{ name: '=cmd|"/c calc"!A1' }, { name: "Bo" }],
  });
  const [lead] = leads;
  const [coach] = coaches;
  const [mallory, bo] = candidates;
  if (!lead || !coach || !mallory || !bo) throw new Error("fixture");
  const question = await createQuestion(db, {
    cohortId: cohort.id,
    kind: "conflict",
    title: "Disagree, then commit,\nwith a line break",
  });
  const base = Date.parse("2026-02-02T09:00:00Z");
  const answers = [];
  for (let i = 0; i < 5; i++) {
    answers.push(
      await createAnswer(db, {
        candidateId: i % 2 === 0 ? mallory.id : bo.id,
        questionId: question.id,
        cohortId: cohort.id,
        submittedAt: new Date(base + i * 3_600_000),
        overall: 40 + i,
        dimensions: { structure: i % 5 },
        coach:
          i === 1
            ? {
                reviewerId: coach.id,
                overall: 77,
                dimensions: { delivery: 4 },
                reviewedAt: new Date(base + 2 * 86_400_000),
              }
            : undefined,
      }),
    );
  }
  return { cohort, lead, coach, mallory, bo, answers, base };
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

describe("cohort CSV export", () => {
  it("one escaped row per answer, oldest first, engine and coach scores, across keyset batches", async () => {
    const f = await exportFixture();
    const batches: number[] = [];
    const rows = streamCohortExportRows(
      db,
      { leadId: f.lead.id, cohortId: f.cohort.id },
      { batchSize: 2, onBatch: (n) => batches.push(n) },
    );
    const text = await readAll(toByteStream(cohortCsvChunks(rows)));
    expect(batches).toEqual([2, 2, 1]);
    const parsed = parseCsv(text);
    expect(parsed[0]).toEqual(csvHeader);
    expect(parsed).toHaveLength(6);
    const index = (name: string) => csvHeader.indexOf(name);
    const first = parsed[1] ?? [];
    expect(first[index("candidate")]).toBe('\'=cmd|"/c calc"!A1');
    expect(first[index("question")]).toBe("Disagree, then commit,\nwith a line break");
    expect(first[index("kind")]).toBe("conflict");
    expect(first[index("attempt")]).toBe("1");
    expect(first[index("submitted")]).toBe("2026-02-02T09:00:00.000Z");
    expect(first[index("engine_overall")]).toBe("40");
    expect(first[index("coach_overall")]).toBe("");
    const reviewed = parsed[2] ?? [];
    expect(reviewed[index("candidate")]).toBe("Bo");
    expect(reviewed[index("engine_overall")]).toBe("41");
    expect(reviewed[index("engine_structure")]).toBe("1");
    expect(reviewed[index("coach_overall")]).toBe("77");
    expect(reviewed[index("coach_delivery")]).toBe("4");
    expect(reviewed[index("reviewed_at")]).toBe("2026-02-04T09:00:00.000Z");
    expect(parsed.slice(1).map((r) => r[index("attempt")])).toEqual(["1", "1", "2", "2", "3"]);
  });

  it("streams: the first chunk arrives after one batch, not after the whole export", async () => {
    const f = await exportFixture();
    let fetched = 0;
    const rows = streamCohortExportRows(
      db,
      { leadId: f.lead.id, cohortId: f.cohort.id },
      { batchSize: 1, onBatch: () => fetched++ },
    );
    // A tiny target chunk would need a custom stream; the header plus one row is under 64 kB,
    // so instead pull rows from the generator the stream reads and count queries.
    const chunks = cohortCsvChunks(rows);
    await chunks.next(); // header: no query yet
    expect(fetched).toBe(0);
    await chunks.next(); // first row: one batch
    expect(fetched).toBe(1);
    await chunks.return(undefined);
    expect(fetched).toBe(1);
  });

  it("the request handler: 401 signed out, 404 foreign, 403 non-lead, 400 bad dates, CSV for the lead with the range", async () => {
    const f = await exportFixture();
    const url = `http://localhost/api/cohorts/${f.cohort.id}/export.csv`;
    const call = (userId: string | null, query = "") =>
      handleCohortExport(new Request(`${url}${query}`), {
        db,
        userId,
        cohortId: f.cohort.id,
        now: new Date("2026-03-01T12:00:00Z"),
      });
    expect((await call(null)).status).toBe(401);
    const other = await createCohortWithMembers(db, { leads: 1 });
    const otherLead = other.leads[0];
    if (!otherLead) throw new Error("fixture");
    expect((await call(otherLead.id)).status).toBe(404);
    expect((await call(f.coach.id)).status).toBe(403);
    const bad = await call(f.lead.id, "?from=yesterday");
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { message: string }).message).toMatch(/^from/);
    // Dates JavaScript accepts but PostgreSQL cannot hold: a 400, not a dropped connection.
    for (const query of ["?from=-271821-04-20T00:00:00Z", "?to=%2B275760-09-13T00:00:00Z"]) {
      const outOfRange = await call(f.lead.id, query);
      expect(outOfRange.status).toBe(400);
      expect(((await outOfRange.json()) as { message: string }).message).toMatch(/1970 and 9999/);
    }

    const response = await call(
      f.lead.id,
      `?from=${new Date(f.base + 3_600_000).toISOString()}&to=${new Date(f.base + 3 * 3_600_000).toISOString()}`,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(
      "attachment; filename=\"export-quoted-cohort-scores-2026-03-01.csv\"; filename*=UTF-8''export-quoted-cohort-scores-2026-03-01.csv",
    );
    const parsed = parseCsv(await response.text());
    // [from, to) keeps the answers at +1 h and +2 h.
    expect(parsed).toHaveLength(3);
    expect(parsed.slice(1).map((r) => r[csvHeader.indexOf("engine_overall")])).toEqual([
      "41",
      "42",
    ]);
  });
});
