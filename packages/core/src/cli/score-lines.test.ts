import { describe, expect, it } from "vitest";
import { parseAnswerLine, scoreLines } from "./score-lines.ts";

const line = (value: unknown) => JSON.stringify(value);
const good = (id: string, kind = "intro") =>
  line({ id, kind, prompt: "Tell me about yourself.", answer: "I'm a backend engineer at Acme." });

describe("parseAnswerLine", () => {
  it("accepts a complete line", () => {
    const parsed = parseAnswerLine(good("a"), 1);
    expect(parsed.status).toBe("ok");
  });

  it("skips blank lines", () => {
    expect(parseAnswerLine("   ", 3).status).toBe("blank");
  });

  it.each([
    ["{not json", 4, /^line 4: invalid JSON/],
    ["[1,2]", 2, /^line 2: expected a JSON object/],
    [
      line({ id: "a", kind: "essay", prompt: "p", answer: "x" }),
      5,
      /^line 5: unknown kind "essay"/,
    ],
    [line({ id: "a", kind: "intro", prompt: "p" }), 6, /^line 6: missing field answer/],
    [line({ kind: "intro" }), 7, /^line 7: missing fields id, prompt, answer/],
    [line({ id: true, kind: "intro", prompt: "p", answer: "x" }), 8, /^line 8: "id" must be/],
    [
      line({ id: "a", kind: "intro", prompt: "p", answer: 42 }),
      9,
      /^line 9: "answer" must be a string/,
    ],
  ])("rejects %s with a message naming the line", (text, lineNumber, message) => {
    const parsed = parseAnswerLine(text, lineNumber);
    expect(parsed.status).toBe("error");
    if (parsed.status === "error") expect(parsed.message).toMatch(message);
  });
});

describe("scoreLines", () => {
  it("scores good lines in order and reports bad ones", () => {
    const text = [
      good("first"),
      "",
      "oops",
      good("second", "deep_dive"),
      good("third", "logistics"),
      "",
    ].join("\n");
    const { outputs, errors } = scoreLines(text);
    expect(outputs.map((o) => JSON.parse(o).id)).toEqual(["first", "second", "third"]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^line 3: invalid JSON/);
    const first = JSON.parse(outputs[0] ?? "{}");
    expect(Object.keys(first)).toEqual(["id", "overall", "dimensions", "flags"]);
    expect(Object.keys(first.dimensions)).toHaveLength(8);
  });

  it("writes null scores and the reason for text that is not an answer", () => {
    const line = JSON.stringify({
      id: "es",
      kind: "debugging",
      prompt: "Tell me about a bug.",
      answer:
        "El año pasado tuvimos un problema en producción con la base de datos y lo arreglé con un índice nuevo.",
    });
    const { outputs, errors } = scoreLines(line);
    expect(errors).toEqual([]);
    expect(JSON.parse(outputs[0] ?? "{}")).toEqual({
      id: "es",
      overall: null,
      dimensions: null,
      flags: [],
      unscorable: {
        reason: "not_english",
        message: "This looks like Spanish; Debrief scores English answers for now.",
      },
    });
  });

  it("handles Windows line endings", () => {
    const { outputs, errors } = scoreLines(`${good("a")}\r\n${good("b")}\r\n`);
    expect(errors).toEqual([]);
    expect(outputs).toHaveLength(2);
  });
});
