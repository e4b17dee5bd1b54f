// Prints the engine's agreement with every labelled answer: in-sample (the committed model,
// fitted on all of them) beside out-of-fold (10-fold cross-validation). Trust the second.
import { loadHardCases, loadLabelledAnswers } from "../src/calibration/fixtures.ts";
import {
  formatCalibrationReport,
  runCalibration,
  runCrossValidation,
} from "../src/calibration/run-calibration.ts";
import { fittedModel } from "../src/model/parameters.ts";

const rows = loadLabelledAnswers();
const hardCases = loadHardCases();
const inSample = runCalibration(rows, fittedModel, hardCases);
const outOfFold = runCrossValidation(rows, hardCases);
process.stdout.write(`${formatCalibrationReport(inSample, outOfFold, hardCases.legend)}\n`);
