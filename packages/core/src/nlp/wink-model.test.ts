import { describe, expect, it } from "vitest";
import fullModel from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";
import { loadLabelledAnswers } from "../calibration/fixtures.ts";
import slimModel from "./wink-model.ts";

// The slim model must tag exactly as the package's full model does: same tokens, same types,
// same part-of-speech tags, on every labelled answer.
describe("the slim wink model", () => {
  it("tokenises and tags every labelled answer exactly like the full model", () => {
    const full = winkNLP(fullModel, ["pos"]);
    const slim = winkNLP(slimModel, ["pos"]);
    const read = (nlp: typeof full, text: string) => {
      const tokens = nlp.readDoc(text).tokens();
      return [tokens.out(nlp.its.value), tokens.out(nlp.its.type), tokens.out(nlp.its.pos)];
    };
    for (const row of loadLabelledAnswers()) {
      expect(read(slim, row.answer), row.id).toEqual(read(full, row.answer));
    }
  });
});
