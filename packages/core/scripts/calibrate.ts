import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  formatCalibrationReport,
  parseLabelledSet,
  runCalibration,
} from "../src/calibration/run-calibration.ts";

const fixture = fileURLToPath(new URL("../fixtures/dev-set.jsonl", import.meta.url));
const report = runCalibration(parseLabelledSet(readFileSync(fixture, "utf8")));
process.stdout.write(`${formatCalibrationReport(report)}\n`);
