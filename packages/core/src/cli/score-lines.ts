import { isQuestionKind, questionKinds } from "../rubric.ts";
import { scoreAnswer } from "../score-answer.ts";
import type { ScoreInput } from "../types.ts";

/** A validated input line. */
export interface AnswerLine extends ScoreInput {
  id: string | number;
}

export type LineParse =
  | { status: "ok"; value: AnswerLine }
  | { status: "error"; message: string }
  | { status: "blank" };

/** Parses and validates one JSON Lines input line; line numbers are 1-based. */
export function parseAnswerLine(line: string, lineNumber: number): LineParse {
  if (line.trim() === "") return { status: "blank" };
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { status: "error", message: `line ${lineNumber}: invalid JSON (${reason})` };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return {
      status: "error",
      message: `line ${lineNumber}: expected a JSON object with id, kind, prompt and answer`,
    };
  }
  const record = value as Record<string, unknown>;
  const missing = ["id", "kind", "prompt", "answer"].filter(
    (key) => record[key] === undefined || record[key] === null,
  );
  if (missing.length > 0) {
    return {
      status: "error",
      message: `line ${lineNumber}: missing field${missing.length > 1 ? "s" : ""} ${missing.join(", ")}`,
    };
  }
  const { id, kind, prompt, answer } = record;
  if (typeof id !== "string" && typeof id !== "number") {
    return { status: "error", message: `line ${lineNumber}: "id" must be a string or a number` };
  }
  if (!isQuestionKind(kind)) {
    return {
      status: "error",
      message: `line ${lineNumber}: unknown kind ${JSON.stringify(kind)} (expected one of ${questionKinds.join(", ")})`,
    };
  }
  if (typeof prompt !== "string")
    return { status: "error", message: `line ${lineNumber}: "prompt" must be a string` };
  if (typeof answer !== "string")
    return { status: "error", message: `line ${lineNumber}: "answer" must be a string` };
  return { status: "ok", value: { id, kind, prompt, answer } };
}

export interface ScoredLines {
  /** One JSON object per scored line, in input order. */
  outputs: string[];
  /** One message per malformed line, naming its line number. */
  errors: string[];
}

/** Scores JSON Lines text: valid lines become output lines, malformed lines become errors. */
export function scoreLines(text: string): ScoredLines {
  const outputs: string[] = [];
  const errors: string[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const parsed = parseAnswerLine(line, index + 1);
    if (parsed.status === "blank") return;
    if (parsed.status === "error") {
      errors.push(parsed.message);
      return;
    }
    const { id, kind, prompt, answer } = parsed.value;
    const result = scoreAnswer({ kind, prompt, answer });
    // Text that is not an answer gets no number: overall and dimensions are null, with why.
    outputs.push(
      JSON.stringify(
        result.status === "scored"
          ? { id, overall: result.overall, dimensions: result.dimensions, flags: result.flags }
          : {
              id,
              overall: null,
              dimensions: null,
              flags: [],
              unscorable: { reason: result.reason, message: result.message },
            },
      ),
    );
  });
  return { outputs, errors };
}
