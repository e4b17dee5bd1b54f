/// <reference path="./wink-model-parts.d.ts" />
// wink's English model as the engine uses it: tokens and part-of-speech tags only.
//
// The package's entry (`wink-eng-lite-web-model`) also carries named-entity and sentiment
// machines and WordNet's lemma exceptions, which the engine never reads but every browser that
// scores an answer would download (about a sixth of the model). wink builds each stage when it
// loads a model, whatever the pipe, so the unused stages get wink's own empty machine instead of
// their data. The parts come from the package's `dist/` files, pinned with the package version.

import type fullModel from "wink-eng-lite-web-model";
import featureFn from "wink-eng-lite-web-model/dist/feature.js";
import loadMetaCerModel from "wink-eng-lite-web-model/dist/load-cer-meta-model.js";
import loadCoreModel from "wink-eng-lite-web-model/dist/load-core-model.js";
import loadNegationModel from "wink-eng-lite-web-model/dist/load-negation-model.js";
import loadPosModel from "wink-eng-lite-web-model/dist/load-pos-model.js";
import loadSbdModel from "wink-eng-lite-web-model/dist/load-sbd-model.js";

/** A machine that recognises nothing, in wink's export format (automaton.js `emptyModelJSON`). */
const emptyMachine = JSON.stringify([100, 0, { 0: {} }, {}, {}, {}]);

const model = {
  core: loadCoreModel,
  sbd: loadSbdModel,
  pos: loadPosModel,
  negation: loadNegationModel,
  metaCER: loadMetaCerModel,
  ner: () => ({ machines: [], transformers: [] }),
  sa: () => ({ machines: [emptyMachine], setter: () => undefined }),
  featureFn,
  // stem, lemmatize and readabilityStats back `its.stem`, `its.lemma` and `its.readabilityStats`,
  // which the engine does not call.
  addons: Object.create(null),
} as unknown as typeof fullModel;

export default model;
